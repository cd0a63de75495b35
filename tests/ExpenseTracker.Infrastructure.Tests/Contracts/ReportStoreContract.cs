using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Domain;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

public abstract class ReportStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private IReportStore Reports => Store.Port<IReportStore>();

    [Fact]
    public async Task A_month_sums_exactly_per_currency_and_per_category_from_its_first_to_its_last_day()
    {
        var food = await CategoryAsync("Food");
        await AddAsync(UserId, 10m, "EUR", new DateOnly(2026, 3, 1), food);
        await AddAsync(UserId, 0.10m, "EUR", new DateOnly(2026, 3, 31), food);
        await AddAsync(UserId, 0.20m, "EUR", new DateOnly(2026, 3, 31), null);
        await AddAsync(UserId, 1200m, "JPY", new DateOnly(2026, 3, 15), food);
        await AddAsync(UserId, 99m, "EUR", new DateOnly(2026, 2, 28), food);
        await AddAsync(UserId, 99m, "EUR", new DateOnly(2026, 4, 1), food);
        await AddAsync(StoreUnderTest.NewUserId(), 50m, "EUR", new DateOnly(2026, 3, 10), null);

        var march = await Reports.MonthlyAsync(UserId, new YearMonth(2026, 3), Token);

        Assert.Equal(4, march.Count);
        Assert.Equal(["10.30 EUR", "1200 JPY"], march.Totals.Select(total => total.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(
            [$"{food} 1200 JPY", $"{food} 10.10 EUR", " 0.20 EUR"],
            march.ByCategory.Select(row => $"{row.CategoryId} {row.Amount}").OrderByDescending(row => row, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_month_without_spending_is_empty()
    {
        var food = await CategoryAsync("Food");
        await AddAsync(UserId, 10m, "EUR", new DateOnly(2026, 3, 1), food);

        var june = await Reports.MonthlyAsync(UserId, new YearMonth(2026, 6), Token);

        Assert.Equal(0, june.Count);
        Assert.Empty(june.Totals);
        Assert.Empty(june.ByCategory);
    }

    [Fact]
    public async Task A_trend_sums_each_month_of_its_range_per_currency_and_leaves_out_months_without_spending()
    {
        var food = await CategoryAsync("Food");
        await AddAsync(UserId, 5m, "EUR", new DateOnly(2026, 1, 1), food);
        await AddAsync(UserId, 10m, "EUR", new DateOnly(2026, 3, 1), null);
        await AddAsync(UserId, 0.30m, "EUR", new DateOnly(2026, 3, 31), food);
        await AddAsync(UserId, 1200m, "JPY", new DateOnly(2026, 3, 15), food);
        await AddAsync(UserId, 99m, "EUR", new DateOnly(2025, 12, 31), food);
        await AddAsync(UserId, 99m, "EUR", new DateOnly(2026, 4, 1), food);
        await AddAsync(StoreUnderTest.NewUserId(), 50m, "EUR", new DateOnly(2026, 2, 10), null);

        var trend = await Reports.TrendAsync(UserId, new YearMonth(2026, 1), new YearMonth(2026, 3), Token);

        Assert.Equal(
            ["2026-01 5.00 EUR", "2026-03 10.30 EUR", "2026-03 1200 JPY"],
            trend.Select(row => $"{row.Month} {row.Amount}").Order(StringComparer.Ordinal));
    }

    private async Task AddAsync(string userId, decimal amount, string currency, DateOnly date, Guid? categoryId)
    {
        var expense = Expense.Record(
            userId, date, new ExpenseDetails(Money.Of(amount, Currency.Of(currency)), categoryId, null, null, null, null), Samples.Now);
        Assert.True(await Store.Port<IExpenseStore>().AddAsync(expense, Samples.Created(expense), null, Token));
    }
}
