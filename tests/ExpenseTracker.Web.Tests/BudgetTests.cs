using ExpenseTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExpenseTracker.Web.Tests;

public sealed class BudgetTests(BrowserFixture fixture)
{
    private const string Amber = "rgb(245, 158, 11)";
    private const string Red = "rgb(220, 38, 38)";

    [Fact]
    public async Task A_budget_shows_its_bar_amber_from_80_percent_and_red_past_100()
    {
        var (server, browser) = fixture.Require();
        var user = Users.New("dave");
        await using (var api = server.ApiAs(user))
        {
            await api.Api.CreateExpenseAsync(Expenses.Request(85m, "EUR", categoryId: (await api.Api.CategoryAsync("Food")).Id, merchant: "Market"));
        }

        var page = await browser.OpenAsync(server);
        await page.SignInAsync(user);
        await page.NavigateAsync("Budgets");
        var food = page.GetByRole(AriaRole.Form, new() { Name = "Budget for Food" });
        await food.GetByRole(AriaRole.Textbox, new() { Name = "Food" }).FillAsync("100");
        await food.GetByRole(AriaRole.Combobox).SelectOptionAsync("EUR");
        await food.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByText("Budget for Food saved.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("budget-bar")).ToHaveAttributeAsync("data-level", "warning");
        await page.ScreenshotAsync("budgets");

        await page.NavigateAsync("Dashboard");
        var bar = page.GetByTestId("budget-bar").Filter(new() { HasText = "Food" });
        await Expect(bar).ToHaveAttributeAsync("data-level", "warning");
        await Expect(bar.GetByRole(AriaRole.Progressbar)).ToHaveAccessibleNameAsync("Food: €85.00 of €100.00, 85 %, close to the budget");
        await Expect(bar.Locator(".budget-fill")).ToHaveCSSAsync("background-color", Amber);

        await page.GotoAsync("/expenses/new");
        await page.GetByLabel("Amount").FillAsync("20");
        await page.GetByLabel("Currency").SelectOptionAsync("EUR");
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Food" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add expense" }).ClickAsync();
        await Expect(page.GetByText("Expense added.")).ToBeVisibleAsync();

        await page.NavigateAsync("Dashboard");
        await Expect(bar).ToHaveAttributeAsync("data-level", "over");
        await Expect(bar.Locator(".budget-fill")).ToHaveCSSAsync("background-color", Red);
        await page.ScreenshotAsync("dashboard-budget-over");
    }
}
