using System.Globalization;
using ExpenseTracker.Cli;
using ExpenseTracker.Client.Serialization;
using ExpenseTracker.Client.Tests.Infrastructure;

namespace ExpenseTracker.Client.Tests.Cli;

public sealed class CliReportAndBudgetTests(SharedApi api)
{
    [Fact]
    public async Task The_report_shows_the_months_totals_and_a_bar_per_category_against_its_budget()
    {
        using var cli = await CliUser.SignedInAsync(api);
        (await cli.RunAsync("budget", "set", "Food", "10", "EUR")).AssertSuccess();
        (await cli.RunAsync("add", "8", "EUR", "-c", "Food", "-d", "2026-06-10")).AssertSuccess();
        (await cli.RunAsync("add", "2", "EUR", "-c", "Transport", "-d", "2026-06-11")).AssertSuccess();
        (await cli.RunAsync("add", "1000", "JPY", "-d", "2026-06-12")).AssertSuccess();

        var report = (await cli.RunAsync("report", "2026-06")).AssertSuccess();

        Assert.Contains("June 2026: 10.00 EUR · 1000 JPY (3 expenses)", report.Out, StringComparison.Ordinal);
        var food = Assert.Single(report.Out.Split('\n'), line => line.Contains("Food", StringComparison.Ordinal));
        Assert.Contains("8.00 EUR", food, StringComparison.Ordinal);
        Assert.Contains("10.00 EUR", food, StringComparison.Ordinal);
        Assert.Contains(new string('█', 16) + new string('░', 4), food, StringComparison.Ordinal);
        Assert.Contains("80 %", food, StringComparison.Ordinal);
        var transport = Assert.Single(report.Out.Split('\n'), line => line.Contains("Transport", StringComparison.Ordinal));
        Assert.Contains(new string('█', 5) + new string('░', 15), transport, StringComparison.Ordinal);
        Assert.Contains("(uncategorised)", report.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_as_json_is_the_apis_monthly_report()
    {
        using var cli = await CliUser.SignedInAsync(api);
        (await cli.RunAsync("budget", "set", "Food", "50", "EUR")).AssertSuccess();
        (await cli.RunAsync("add", "12.50", "EUR", "-c", "Food", "-d", "2026-05-01")).AssertSuccess();

        var report = (await cli.RunAsync("report", "2026-05", "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.MonthlyReport);

        Assert.Equal("2026-05", report.Month);
        var food = Assert.Single(report.ByCategory, row => row.Name == "Food");
        Assert.Equal(12.50m, food.Amount);
        Assert.Equal(25m, food.PercentOfBudget);
    }

    [Fact]
    public async Task The_report_defaults_to_this_month_and_refuses_a_month_that_does_not_exist()
    {
        using var cli = await CliUser.SignedInAsync(api);

        var thisMonth = (await cli.RunAsync("report", "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.MonthlyReport);
        var invalid = await cli.RunAsync("report", "2026-13");

        Assert.Equal(DateTime.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture), thisMonth.Month);
        invalid.AssertExit(ExitCodes.InvalidUsage);
        Assert.Contains("yyyy-MM", invalid.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Budgets_are_set_listed_and_removed_by_category_name()
    {
        using var cli = await CliUser.SignedInAsync(api);

        var set = (await cli.RunAsync("budget", "set", "groceries", "250.5", "eur")).AssertSuccess();
        var list = (await cli.RunAsync("budget", "list")).AssertSuccess();
        var json = (await cli.RunAsync("budget", "list", "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.IReadOnlyListBudgetResponse);
        var removed = (await cli.RunAsync("budget", "remove", "Groceries")).AssertSuccess();
        var empty = (await cli.RunAsync("budget", "list")).AssertSuccess();

        Assert.Contains("Budget for Groceries: 250.50 EUR a month.", set.Out, StringComparison.Ordinal);
        Assert.Contains("250.50 EUR", Assert.Single(list.Out.Split('\n'), line => line.Contains("Groceries", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(250.50m, Assert.Single(json).Amount);
        Assert.Contains("Budget for Groceries removed.", removed.Out, StringComparison.Ordinal);
        Assert.Contains("No budgets yet", empty.Out, StringComparison.Ordinal);
    }
}
