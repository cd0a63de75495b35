using ExpenseTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExpenseTracker.Web.Tests;

public sealed class ExpenseJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_expense_recorded_with_a_receipt_shows_in_the_list_and_on_the_dashboard_and_can_be_edited()
    {
        var (server, browser) = fixture.Require();
        var user = Users.New("alice");
        var page = await browser.OpenAsync(server);
        await page.SignInAsync(user);

        await page.NavigateAsync("Expenses");
        await Expect(page.GetByText("No expenses yet.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Add expense" }).ClickAsync();
        await page.GetByLabel("Amount").FillAsync("42,50");
        await page.GetByLabel("Currency").SelectOptionAsync("EUR");
        await page.GetByLabel("Merchant").FillAsync("Corner Bakery");
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Food" });
        await page.GetByLabel("Tags").FillAsync("breakfast, weekend");
        await page.GetByTestId("receipt-file").SetInputFilesAsync(TestFiles.IconPath);
        await Expect(page.GetByText("icon-192.png")).ToBeVisibleAsync();
        await page.ScreenshotAsync("expense-add-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add expense" }).ClickAsync();

        await Expect(page.GetByText("Expense added.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Corner Bakery" }).ClickAsync();
        var receipt = page.GetByRole(AriaRole.Img, new() { Name = "Receipt icon-192.png" });
        await Expect(receipt).ToBeVisibleAsync();
        Assert.True(await receipt.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The receipt picture did not load.");
        await Expect(page.GetByTestId("receipt")).ToContainTextAsync("icon-192.png");
        await page.ScreenshotAsync("expense-edit-receipt");
        await using (var api = server.ApiAs(user))
        {
            var stored = Assert.Single((await api.Api.Expenses.ListAsync()).Items);
            var kept = Assert.Single(stored.Receipts);
            using var download = await api.Api.Receipts.DownloadAsync(stored.Id, kept.Id);
            Assert.Equal(TestFiles.Png, await download.ReadAsByteArrayAsync());
        }

        await page.NavigateAsync("Expenses");
        var row = page.GetByTestId("expense-row").Filter(new() { HasText = "Corner Bakery" });
        await Expect(row).ToContainTextAsync("€42.50");
        await Expect(row).ToContainTextAsync("Food");
        await Expect(row).ToContainTextAsync("breakfast, weekend");

        await page.NavigateAsync("Dashboard");
        await Expect(page.GetByTestId("month-total")).ToContainTextAsync("€42.50");
        await Expect(page.GetByTestId("category-row").Filter(new() { HasText = "Food" })).ToContainTextAsync("€42.50");
        await Expect(page.GetByTestId("latest-expense")).ToContainTextAsync("Corner Bakery");

        await page.GetByTestId("latest-expense").ClickAsync();
        var amount = page.GetByLabel("Amount");
        await Expect(amount).ToHaveValueAsync("42.50");
        await amount.FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByText("Expense saved.")).ToBeVisibleAsync();

        await page.NavigateAsync("Expenses");
        await Expect(page.GetByTestId("expense-row").Filter(new() { HasText = "Corner Bakery" })).ToContainTextAsync("€45.00");
        await page.NavigateAsync("Dashboard");
        await Expect(page.GetByTestId("month-total")).ToContainTextAsync("€45.00");
    }

    [Fact]
    public async Task The_form_shows_what_is_wrong_next_to_each_field_and_saves_nothing()
    {
        var (server, browser) = fixture.Require();
        var page = await browser.OpenAsync(server);
        await page.SignInAsync(Users.New("carol"));
        await page.GotoAsync("/expenses/new");

        await page.GetByLabel("Currency").SelectOptionAsync("JPY");
        await page.GetByLabel("Amount").FillAsync("10.5");
        await page.GetByLabel("Merchant").FillAsync(new string('m', 201));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add expense" }).ClickAsync();

        await Expect(page.GetByLabel("Amount")).ToHaveAccessibleDescriptionAsync("JPY: no decimals JPY amounts have no decimals.");
        await Expect(page.GetByLabel("Merchant")).ToHaveAccessibleDescriptionAsync("At most 200 characters.");
        await Expect(page.GetByLabel("Amount")).ToBeFocusedAsync();
        await page.ScreenshotAsync("expense-add-errors");

        await page.NavigateAsync("Expenses");
        await Expect(page.GetByText("No expenses yet.")).ToBeVisibleAsync();
    }
}
