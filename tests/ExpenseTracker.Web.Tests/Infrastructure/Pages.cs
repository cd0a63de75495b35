using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExpenseTracker.Web.Tests.Infrastructure;

/// <summary>What a person does again and again in the app, written once.</summary>
public static class Pages
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private const int ActionTimeoutMs = 15_000;

    public static async Task<IPage> OpenAsync(this IBrowser browser, WebAppServer server, ViewportSize? viewport = null, string? colorScheme = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = viewport ?? Desktop,
            Locale = "en-US",
            TimezoneId = "UTC",
            ColorScheme = colorScheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            IsMobile = viewport == Phone,
            HasTouch = viewport == Phone,
        });
        // Generous waits, for actions and for Expect alike (its own default is 5 s): a busy machine is slow, not wrong.
        context.SetDefaultTimeout(ActionTimeoutMs);
        SetDefaultExpectTimeout(ActionTimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the local sign-in form and waits for the dashboard.</summary>
    public static async Task SignInAsync(this IPage page, string user)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(user);
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByLabel("User name")).ToBeVisibleAsync();
    }

    /// <summary>Goes to a screen through the main navigation, as a person would.</summary>
    public static async Task NavigateAsync(this IPage page, string screen)
    {
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        if (!await nav.IsVisibleAsync())
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        }

        await nav.GetByRole(AriaRole.Link, new() { Name = screen }).ClickAsync();
    }

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(Requirements.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Requirements.ScreenshotFolder, $"{name}.png"), FullPage = true });
    }

    /// <summary>Runs axe-core in the page and answers the serious and critical violations, described.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Requirements.AxeScript });
        }

        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
