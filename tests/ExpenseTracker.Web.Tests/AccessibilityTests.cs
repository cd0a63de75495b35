using ExpenseTracker.Contracts;
using ExpenseTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExpenseTracker.Web.Tests;

/// <summary>Every screen, with data in it, passes axe with no serious or critical violation; a screenshot of each is saved.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private static readonly (string Name, string Path)[] Screens =
    [
        ("dashboard", "/"),
        ("expenses", "/expenses"),
        ("expenses-filtered", "/expenses?q=Market&sort=-amount"),
        ("expense-add", "/expenses/new"),
        ("expense-edit", "/expenses/{expense}"),
        ("categories", "/categories"),
        ("budgets", "/budgets"),
        ("recurring", "/recurring"),
        ("notifications", "/notifications"),
        ("import-export", "/import"),
        ("settings", "/settings"),
    ];

    [Fact]
    public async Task Every_screen_has_no_serious_accessibility_violation_in_light_and_dark_on_desktop_and_phone()
    {
        var (server, browser) = fixture.Require();
        var user = Users.New("frank");
        var expense = await ArrangeDataAsync(server, user);
        var problems = new List<string>();

        foreach (var (variant, viewport, scheme) in new[] { ("desktop", Pages.Desktop, "light"), ("phone-dark", Pages.Phone, "dark") })
        {
            var page = await browser.OpenAsync(server, viewport, scheme);
            await page.GotoAsync("/");
            await Expect(page.GetByLabel("User name")).ToBeVisibleAsync();
            problems.AddRange((await page.SeriousAccessibilityViolationsAsync()).Select(v => $"sign-in ({variant}): {v}"));
            await page.ScreenshotAsync($"sign-in-{variant}");
            await page.SignInAsync(user);

            foreach (var (name, path) in Screens)
            {
                await page.GotoAsync(path.Replace("{expense}", expense.ToString(), StringComparison.Ordinal));
                await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
                await Expect(page.Locator(".state.loading")).ToHaveCountAsync(0);
                problems.AddRange((await page.SeriousAccessibilityViolationsAsync()).Select(v => $"{name} ({variant}): {v}"));
                await page.ScreenshotAsync($"{name}-{variant}");
            }

            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, "Accessibility violations:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task The_app_can_be_used_with_the_keyboard_alone()
    {
        var (server, browser) = fixture.Require();
        var page = await browser.OpenAsync(server);
        await page.GotoAsync("/");

        await page.GetByLabel("User name").FocusAsync();
        await page.Keyboard.TypeAsync(Users.New("kim"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("signed-in-user")).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await page.GotoAsync("/expenses/new");
        await Expect(page.GetByLabel("Amount")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("7.30");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText("Expense added.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("expense-row")).ToContainTextAsync("7.30");
    }

    private static async Task<Guid> ArrangeDataAsync(WebAppServer server, string user)
    {
        await using var api = server.ApiAs(user);
        var food = (await api.Api.CategoryAsync("Food")).Id;
        var travel = (await api.Api.CategoryAsync("Travel")).Id;
        await api.Api.Budgets.SetAsync(food, new BudgetRequest(100m, "USD"));
        await api.Api.Budgets.SetAsync(travel, new BudgetRequest(300m, "USD"));
        var first = await api.Api.CreateExpenseAsync(Expenses.Request(84.5m, "USD", categoryId: food, merchant: "Market", tags: ["trip"]));
        await api.Api.CreateExpenseAsync(Expenses.Request(120m, "USD", categoryId: travel, merchant: "Rail", tags: ["trip"]));
        await api.Api.CreateExpenseAsync(Expenses.Request(260m, "USD", categoryId: travel, merchant: "Hotel", tags: ["trip"]));
        await api.Api.CreateExpenseAsync(Expenses.Request(9.9m, "USD", merchant: "Kiosk", tags: ["trip"]));
        return first.Id;
    }
}
