using ExpenseTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExpenseTracker.Web.Tests;

public sealed class IsolationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_second_user_on_the_same_browser_sees_none_of_the_first_users_data()
    {
        var (server, browser) = fixture.Require();
        var alice = Users.New("alice");
        Guid aliceExpense;
        await using (var api = server.ApiAs(alice))
        {
            aliceExpense = (await api.Api.CreateExpenseAsync(Expenses.Request(99.99m, "EUR", merchant: "Alice's secret shop"))).Id;
        }

        var page = await browser.OpenAsync(server);
        await page.SignInAsync(alice);
        await Expect(page.GetByTestId("latest-expense")).ToContainTextAsync("Alice's secret shop");
        await page.NavigateAsync("Expenses");
        await Expect(page.GetByTestId("expense-row")).ToContainTextAsync("Alice's secret shop");
        await page.SignOutAsync();

        await page.SignInAsync(Users.New("bob"));
        await Expect(page.GetByText("Nothing recorded yet.")).ToBeVisibleAsync();
        await Expect(page.GetByText("No spending this month.")).ToBeVisibleAsync();
        await page.NavigateAsync("Expenses");
        await Expect(page.GetByText("No expenses yet.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Alice's secret shop")).ToHaveCountAsync(0);

        await page.GotoAsync($"/expenses/{aliceExpense}");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is no expense with this id.");
        await Expect(page.GetByLabel("Amount")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("second-user-empty");
    }
}
