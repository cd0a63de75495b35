using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Tests.Client;

public sealed class BudgetsAndReportsClientTests(SharedApi api)
{
    [Fact]
    public async Task Budgets_can_be_set_listed_and_removed()
    {
        await using var client = ClientScope.SignedIn(api);
        var food = await client.Api.CategoryAsync("Food");

        var set = await client.Api.Budgets.SetAsync(food.Id, new BudgetRequest(300m, "EUR"));
        var listed = await client.Api.Budgets.ListAsync();
        await client.Api.Budgets.DeleteAsync(food.Id);

        Assert.Equal(new BudgetResponse(food.Id, 300m, "EUR"), set);
        Assert.Equal([set], listed);
        Assert.Empty(await client.Api.Budgets.ListAsync());
    }

    [Fact]
    public async Task The_monthly_report_counts_spending_against_budgets_and_the_trend_lists_every_month()
    {
        await using var client = ClientScope.SignedIn(api);
        var food = await client.Api.CategoryAsync("Food");
        await client.Api.Budgets.SetAsync(food.Id, new BudgetRequest(100m, "EUR"));
        await client.Api.CreateExpenseAsync(Expenses.Request(30m, date: new DateOnly(2026, 9, 3), categoryId: food.Id));
        await client.Api.CreateExpenseAsync(Expenses.Request(52.50m, date: new DateOnly(2026, 9, 20), categoryId: food.Id));
        await client.Api.CreateExpenseAsync(Expenses.Request(7m, date: new DateOnly(2026, 7, 1)));

        var september = await client.Api.Reports.MonthlyAsync("2026-09");
        var trend = await client.Api.Reports.TrendAsync("2026-07", "2026-09");

        Assert.Equal("2026-09", september.Month);
        Assert.Equal(2, september.Count);
        Assert.Equal([new CurrencyTotal("EUR", 82.50m)], september.Totals);
        var foodRow = Assert.Single(september.ByCategory, row => row.CategoryId == food.Id);
        Assert.Equal(82.50m, foodRow.Amount);
        Assert.Equal(100m, foodRow.Budget);
        Assert.Equal(82.50m, foodRow.PercentOfBudget);
        Assert.Equal(["2026-07", "2026-08", "2026-09"], trend.Select(point => point.Month));
        Assert.Empty(trend[1].Totals);
    }
}
