using ExpenseTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExpenseTracker.Web.Tests;

/// <summary>
/// Recurring expenses and notifications are served by parts built apart from the web app: their screens work where
/// the server has them, and say plainly that it does not where it does not.
/// </summary>
public sealed class OptionalFeatureTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_recurring_screen_offers_its_form_or_says_the_server_lacks_it()
    {
        var (server, browser) = fixture.Require();
        var served = await ServerFeatures.ServesAsync(server, "/api/v1/recurring");
        var page = await browser.OpenAsync(server);
        await page.SignInAsync(Users.New("rita"));

        await page.NavigateAsync("Recurring");

        if (served)
        {
            await Expect(page.GetByRole(AriaRole.Form, new() { Name = "New recurring expense" })).ToBeVisibleAsync();
        }
        else
        {
            await Expect(page.GetByTestId("not-available")).ToContainTextAsync("does not offer recurring expenses");
        }
    }

    [Fact]
    public async Task The_notifications_screen_lists_alerts_or_says_the_server_lacks_them()
    {
        var (server, browser) = fixture.Require();
        var served = await ServerFeatures.ServesAsync(server, "/api/v1/notifications");
        var page = await browser.OpenAsync(server);
        await page.SignInAsync(Users.New("nina"));

        await page.NavigateAsync("Notifications");

        if (served)
        {
            await Expect(page.GetByText("No notifications.")).ToBeVisibleAsync();
        }
        else
        {
            await Expect(page.GetByTestId("not-available")).ToContainTextAsync("does not offer notifications");
        }
    }
}
