using ExpenseTracker.Contracts;
using ExpenseTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExpenseTracker.Web.Tests;

public sealed class RecurringTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_recurring_expense_added_in_the_form_is_listed_and_its_due_occurrences_become_expenses()
    {
        var (server, browser) = fixture.Require();
        var user = Users.New("rita");
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-14);
        var page = await browser.OpenAsync(server);
        await page.SignInAsync(user);
        await page.NavigateAsync("Recurring");
        await Expect(page.GetByText("No recurring expenses.")).ToBeVisibleAsync();

        var form = page.GetByRole(AriaRole.Form, new() { Name = "New recurring expense" });
        await form.GetByLabel("Amount").FillAsync("3.50");
        await form.GetByLabel("Currency").SelectOptionAsync("EUR");
        await form.GetByLabel("Merchant").FillAsync("Weekly paper");
        await form.GetByLabel("Repeats").SelectOptionAsync("weekly");
        await form.GetByLabel("Starts").FillAsync(start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Button, new() { Name = "Add recurring expense" }).ClickAsync();

        await Expect(page.GetByText("Recurring expense added.")).ToBeVisibleAsync();
        var rule = page.GetByTestId("recurring-rule");
        await Expect(rule).ToContainTextAsync("Weekly paper");
        await Expect(rule).ToContainTextAsync("Every week");
        await Expect(rule).ToContainTextAsync("€3.50");
        await page.ScreenshotAsync("recurring-added");

        // The in-process worker turns the three occurrences already due into expenses a moment after the rule is saved.
        await using (var api = server.ApiAs(user))
        {
            await Eventually.ValueAsync(
                async () => (await api.Api.Expenses.ListAsync(new ExpenseQuery { Q = "Weekly paper" })).TotalCount,
                count => count == 3,
                "the three weekly occurrences already due");
        }

        await page.NavigateAsync("Expenses");
        await Expect(page.GetByTestId("expense-row").Filter(new() { HasText = "Weekly paper" })).ToHaveCountAsync(3);
    }
}
