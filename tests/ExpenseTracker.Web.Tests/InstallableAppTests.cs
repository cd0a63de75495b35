using System.Text.Json;
using ExpenseTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExpenseTracker.Web.Tests;

public sealed class InstallableAppTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_app_is_installable_with_a_manifest_icons_and_a_service_worker()
    {
        var (server, browser) = fixture.Require();
        var page = await browser.OpenAsync(server, Pages.Phone);
        await page.GotoAsync("/");

        var manifestUrl = await page.Locator("link[rel=manifest]").GetAttributeAsync("href");
        var manifestResponse = await page.APIRequest.GetAsync(manifestUrl!);
        Assert.Equal("application/manifest+json", manifestResponse.Headers["content-type"]);
        var manifest = JsonDocument.Parse(await manifestResponse.TextAsync()).RootElement;
        Assert.Equal("standalone", manifest.GetProperty("display").GetString());
        Assert.Equal("/", manifest.GetProperty("start_url").GetString());
        var icons = manifest.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, icon => icon.GetProperty("sizes").GetString() == "192x192");
        Assert.Contains(icons, icon => icon.GetProperty("sizes").GetString() == "512x512" && icon.GetProperty("purpose").GetString() == "maskable");
        var appleIcon = await page.Locator("link[rel=apple-touch-icon]").GetAttributeAsync("href");
        foreach (var src in icons.Select(icon => icon.GetProperty("src").GetString()!).Append(appleIcon!))
        {
            var icon = await page.APIRequest.GetAsync(src);
            Assert.Equal(200, icon.Status);
            Assert.Equal("image/png", icon.Headers["content-type"]);
        }

        var scope = await page.EvaluateAsync<string>("async () => (await navigator.serviceWorker.ready).scope");
        Assert.Equal(server.BaseAddress.ToString(), scope);
    }

    [Fact]
    public async Task Offline_the_app_opens_from_its_cache_shows_the_last_data_seen_and_says_so()
    {
        var (_, browser) = fixture.Require();
        // A server of its own, because this test takes it away.
        var server = new WebAppServer();
        try
        {
            var user = Users.New("olga");
            await using (var api = server.ApiAs(user))
            {
                await api.Api.CreateExpenseAsync(Expenses.Request(3.2m, "EUR", merchant: "Cached Cafe"));
            }

            var page = await browser.OpenAsync(server, Pages.Phone);
            await page.SignInAsync(user);
            await page.EvaluateAsync("async () => { await navigator.serviceWorker.ready; }");
            await page.ReloadAsync();
            await Expect(page.GetByTestId("latest-expense")).ToContainTextAsync("Cached Cafe");
            Assert.True(await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"), "The service worker does not control the page.");
            await page.NavigateAsync("Expenses");
            await Expect(page.GetByTestId("expense-row")).ToContainTextAsync("Cached Cafe");

            await server.DisposeAsync();

            await page.ReloadAsync();
            await Expect(page.GetByTestId("expense-row")).ToContainTextAsync("Cached Cafe");
            await Expect(page.GetByTestId("offline-banner")).ToContainTextAsync("showing the last data seen");

            await page.Context.SetOfflineAsync(true);
            await Expect(page.GetByTestId("offline-banner")).ToContainTextAsync("You are offline");
            await page.ScreenshotAsync("offline-phone");
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
