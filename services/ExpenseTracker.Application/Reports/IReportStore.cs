using ExpenseTracker.Domain;
using ExpenseTracker.Domain.Currencies;

namespace ExpenseTracker.Application.Reports;

/// <summary>A month's spending as the store sums it: per currency, and per category and currency.</summary>
public sealed record MonthlySpending(IReadOnlyList<Money> Totals, long Count, IReadOnlyList<CategorySpent> ByCategory)
{
    public static MonthlySpending Empty { get; } = new([], 0, []);
}

public sealed record CategorySpent(Guid? CategoryId, Money Amount);

public sealed record MonthSpent(YearMonth Month, Money Amount);

/// <summary>Sums computed where the data is, so a report never reads a user's expenses one by one.</summary>
public interface IReportStore
{
    Task<MonthlySpending> MonthlyAsync(string userId, YearMonth month, CancellationToken cancellationToken);

    /// <summary>Totals per month and currency from <paramref name="from"/> to <paramref name="to"/>, both included; months with no spending are left out.</summary>
    Task<IReadOnlyList<MonthSpent>> TrendAsync(string userId, YearMonth from, YearMonth to, CancellationToken cancellationToken);
}
