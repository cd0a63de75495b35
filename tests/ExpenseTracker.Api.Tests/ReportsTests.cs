using System.Net.Http.Json;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Api.Tests;

public sealed class ReportsTests(SharedApi api)
{
    [Fact]
    public async Task Tenths_add_up_exactly_in_the_monthly_total()
    {
        var client = await api.NewUserClientAsync();
        await client.CreateExpenseAsync(0.10m, "EUR", new DateOnly(2026, 3, 1));
        await client.CreateExpenseAsync(0.20m, "EUR", new DateOnly(2026, 3, 2));

        var report = await client.MonthlyReportAsync("2026-03");
        var json = await client.GetStringAsync("/api/v1/reports/monthly?month=2026-03");

        Assert.Equal([new CurrencyTotal("EUR", 0.30m)], report.Totals);
        Assert.Contains("\"amount\":0.30", json);
        Assert.Equal(2, report.Count);
    }

    [Fact]
    public async Task Each_currency_has_its_own_total_and_other_months_do_not_count()
    {
        var client = await api.NewUserClientAsync();
        await client.CreateExpenseAsync(10.25m, "EUR", new DateOnly(2026, 4, 1));
        await client.CreateExpenseAsync(4.75m, "EUR", new DateOnly(2026, 4, 30));
        await client.CreateExpenseAsync(1500m, "JPY", new DateOnly(2026, 4, 15));
        await client.CreateExpenseAsync(99m, "EUR", new DateOnly(2026, 5, 1));
        await client.CreateExpenseAsync(99m, "EUR", new DateOnly(2026, 3, 31));

        var report = await client.MonthlyReportAsync("2026-04");

        Assert.Equal([new CurrencyTotal("EUR", 15.00m), new CurrencyTotal("JPY", 1500m)], report.Totals);
        Assert.Equal(3, report.Count);
    }

    [Fact]
    public async Task Categories_show_spending_against_budgets_in_the_budget_currency()
    {
        var client = await api.NewUserClientAsync();
        var food = await client.CategoryAsync("Food");
        var travel = await client.CategoryAsync("Travel");
        var health = await client.CategoryAsync("Health");
        (await client.PutAsJsonAsync($"/api/v1/budgets/{food.Id}", new BudgetRequest(300m, "EUR"))).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"/api/v1/budgets/{health.Id}", new BudgetRequest(50m, "EUR"))).EnsureSuccessStatusCode();
        await client.CreateExpenseAsync(100m, "EUR", new DateOnly(2026, 6, 2), food.Id);
        await client.CreateExpenseAsync(0.01m, "EUR", new DateOnly(2026, 6, 3), food.Id);
        await client.CreateExpenseAsync(20m, "USD", new DateOnly(2026, 6, 3), food.Id);
        await client.CreateExpenseAsync(80m, "EUR", new DateOnly(2026, 6, 4), travel.Id);
        await client.CreateExpenseAsync(5m, "EUR", new DateOnly(2026, 6, 5));

        var rows = (await client.MonthlyReportAsync("2026-06")).ByCategory;

        Assert.Contains(new CategorySpending(food.Id, "Food", "EUR", 100.01m, 300m, 33.34m), rows);
        Assert.Contains(new CategorySpending(food.Id, "Food", "USD", 20m, null, null), rows);
        Assert.Contains(new CategorySpending(travel.Id, "Travel", "EUR", 80m, null, null), rows);
        Assert.Contains(new CategorySpending(health.Id, "Health", "EUR", 0m, 50m, 0m), rows);
        Assert.Contains(new CategorySpending(null, null, "EUR", 5m, null, null), rows);
        Assert.Equal(5, rows.Count);
    }

    [Fact]
    public async Task A_report_reflects_a_change_as_soon_as_it_is_acknowledged()
    {
        var client = await api.NewUserClientAsync();
        var expense = await client.CreateExpenseAsync(10m, "EUR", new DateOnly(2026, 7, 1));
        Assert.Equal(10m, (await client.MonthlyReportAsync("2026-07")).Totals.Single().Amount);

        (await client.PutAsJsonAsync($"/api/v1/expenses/{expense.Id}", Expenses.Request(12m, "EUR", new DateOnly(2026, 7, 1)))).EnsureSuccessStatusCode();
        Assert.Equal(12m, (await client.MonthlyReportAsync("2026-07")).Totals.Single().Amount);

        await client.CreateExpenseAsync(1m, "EUR", new DateOnly(2026, 7, 2));
        Assert.Equal(13m, (await client.MonthlyReportAsync("2026-07")).Totals.Single().Amount);

        (await client.DeleteAsync($"/api/v1/expenses/{expense.Id}")).EnsureSuccessStatusCode();
        Assert.Equal(1m, (await client.MonthlyReportAsync("2026-07")).Totals.Single().Amount);
    }

    [Fact]
    public async Task The_trend_lists_every_month_of_the_range_including_empty_ones()
    {
        var client = await api.NewUserClientAsync();
        await client.CreateExpenseAsync(10m, "EUR", new DateOnly(2026, 1, 15));
        await client.CreateExpenseAsync(2.5m, "EUR", new DateOnly(2026, 3, 1));
        await client.CreateExpenseAsync(2.5m, "EUR", new DateOnly(2026, 3, 31));
        await client.CreateExpenseAsync(300m, "JPY", new DateOnly(2026, 3, 10));

        var trend = await (await client.GetAsync("/api/v1/reports/trend?from=2026-01&to=2026-04")).ReadAsync<List<TrendPoint>>();

        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04"], trend.Select(point => point.Month));
        Assert.Equal([new CurrencyTotal("EUR", 10m)], trend[0].Totals);
        Assert.Empty(trend[1].Totals);
        Assert.Equal([new CurrencyTotal("EUR", 5m), new CurrencyTotal("JPY", 300m)], trend[2].Totals);
        Assert.Empty(trend[3].Totals);
    }

    [Theory]
    [InlineData("/api/v1/reports/monthly", "month")]
    [InlineData("/api/v1/reports/monthly?month=2026-13", "month")]
    [InlineData("/api/v1/reports/monthly?month=November", "month")]
    [InlineData("/api/v1/reports/trend?from=2026-05&to=2026-01", "to")]
    [InlineData("/api/v1/reports/trend?to=2026-01", "from")]
    [InlineData("/api/v1/reports/trend?from=2000-01&to=2026-01", "to")]
    public async Task Report_parameters_that_cannot_be_understood_answer_400(string url, string field) =>
        await (await (await api.NewUserClientAsync()).GetAsync(url)).AssertFieldErrorAsync(field);
}
