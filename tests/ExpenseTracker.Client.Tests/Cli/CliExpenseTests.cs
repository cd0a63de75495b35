using System.Globalization;
using ExpenseTracker.Cli;
using ExpenseTracker.Client.Serialization;
using ExpenseTracker.Client.Tests.Infrastructure;

namespace ExpenseTracker.Client.Tests.Cli;

public sealed class CliExpenseTests(SharedApi api)
{
    private static readonly string Today = DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_added_expense_shows_in_the_list_table()
    {
        using var cli = await CliUser.SignedInAsync(api);

        var add = await cli.RunAsync("add", "4.20", "EUR", "--merchant", "Café [du] Coin", "--category", "food", "--tag", "breakfast", "--tag", "work", "--date", "2026-11-20");
        var list = await cli.RunAsync("list");

        add.AssertSuccess();
        Assert.Contains("Recorded 4.20 EUR at Café [du] Coin on 2026-11-20", add.Out, StringComparison.Ordinal);
        list.AssertSuccess();
        var row = Assert.Single(list.Out.Split('\n'), line => line.Contains("2026-11-20", StringComparison.Ordinal));
        Assert.Contains("4.20 EUR", row, StringComparison.Ordinal);
        Assert.Contains("Food", row, StringComparison.Ordinal);
        Assert.Contains("Café [du] Coin", row, StringComparison.Ordinal);
        Assert.Contains("breakfast, work", row, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1 · 1 expense", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_as_json_answers_the_recorded_expense_in_the_default_currency_when_none_is_given()
    {
        using var cli = await CliUser.SignedInAsync(api);

        var expense = (await cli.RunAsync("add", "7", "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.ExpenseResponse);

        Assert.Equal(7m, expense.Amount);
        Assert.Equal("USD", expense.Currency);
        Assert.Equal(Today, expense.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_list_takes_the_apis_filters_sorts_and_pages()
    {
        using var cli = await CliUser.SignedInAsync(api);
        (await cli.RunAsync("add", "3.50", "EUR", "-m", "Corner Bakery", "-c", "Food", "-d", "2026-10-02", "-t", "breakfast")).AssertSuccess();
        (await cli.RunAsync("add", "42", "EUR", "-m", "Grill House", "-c", "Food", "-d", "2026-10-20")).AssertSuccess();
        (await cli.RunAsync("add", "2.80", "EUR", "-m", "Metro", "-c", "Transport", "-d", "2026-11-03")).AssertSuccess();
        (await cli.RunAsync("add", "1500", "JPY", "-m", "Ramen", "-d", "2026-11-04")).AssertSuccess();

        var bakery = (await cli.RunAsync("list", "--search", "bakery", "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.PagedResponseExpenseResponse);
        var transport = (await cli.RunAsync("list", "--category", "transport", "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.PagedResponseExpenseResponse);
        var big = (await cli.RunAsync("list", "--min", "10", "--currency", "eur", "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.PagedResponseExpenseResponse);
        var october = (await cli.RunAsync("list", "--from", "2026-10-01", "--to", "2026-10-31", "--tag", "breakfast", "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.PagedResponseExpenseResponse);
        var oldest = (await cli.RunAsync("list", "--sort", "oldest", "--page-size", "1", "--page", "2", "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.PagedResponseExpenseResponse);
        var table = (await cli.RunAsync("list", "--sort", "largest", "--currency", "EUR")).AssertSuccess();

        Assert.Equal("Corner Bakery", Assert.Single(bakery.Items).Merchant);
        Assert.Equal("Metro", Assert.Single(transport.Items).Merchant);
        Assert.Equal("Grill House", Assert.Single(big.Items).Merchant);
        Assert.Equal("Corner Bakery", Assert.Single(october.Items).Merchant);
        Assert.Equal(4, oldest.TotalCount);
        Assert.Equal("Grill House", Assert.Single(oldest.Items).Merchant);
        Assert.True(
            table.Out.IndexOf("Grill House", StringComparison.Ordinal) < table.Out.IndexOf("Corner Bakery", StringComparison.Ordinal)
            && table.Out.IndexOf("Corner Bakery", StringComparison.Ordinal) < table.Out.IndexOf("Metro", StringComparison.Ordinal),
            table.Out);
        Assert.DoesNotContain("Ramen", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_idempotency_key_records_the_expense_once()
    {
        using var cli = await CliUser.SignedInAsync(api);

        (await cli.RunAsync("add", "9.99", "EUR", "--idempotency-key", "receipt-0042")).AssertSuccess();
        (await cli.RunAsync("add", "9.99", "EUR", "--idempotency-key", "receipt-0042")).AssertSuccess();

        var list = (await cli.RunAsync("list", "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.PagedResponseExpenseResponse);
        Assert.Equal(1, list.TotalCount);
    }

    [Fact]
    public async Task An_amount_with_a_comma_is_a_usage_error_and_records_nothing()
    {
        using var cli = await CliUser.SignedInAsync(api);

        var add = await cli.RunAsync("add", "12,50", "EUR");

        add.AssertExit(ExitCodes.InvalidUsage);
        Assert.Contains("12.50", add.Error, StringComparison.Ordinal);
        Assert.Contains("No expenses match.", (await cli.RunAsync("list")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_amount_the_api_refuses_exits_5_and_names_the_field()
    {
        using var cli = await CliUser.SignedInAsync(api);

        var add = await cli.RunAsync("add", "3.333", "EUR");

        add.AssertExit(ExitCodes.Rejected);
        Assert.Contains("(400)", add.Error, StringComparison.Ordinal);
        Assert.Contains("amount:", add.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_category_is_a_usage_error_that_lists_yours()
    {
        using var cli = await CliUser.SignedInAsync(api);

        var add = await cli.RunAsync("add", "5", "EUR", "--category", "Spaceships");

        add.AssertExit(ExitCodes.InvalidUsage);
        Assert.Contains("You have no category 'Spaceships'", add.Error, StringComparison.Ordinal);
        Assert.Contains("Groceries", add.Error, StringComparison.Ordinal);
    }
}
