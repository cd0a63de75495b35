using ExpenseTracker.Application.Reports;
using ExpenseTracker.Domain;

namespace ExpenseTracker.Application.Archive;

/// <summary>The sums of archived months, kept when their expenses moved to cold storage, so reports still count them.</summary>
public interface IArchivedSpending
{
    Task<MonthlySpending> MonthlyAsync(string userId, YearMonth month, CancellationToken cancellationToken);

    /// <summary>Totals per archived month and currency from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    Task<IReadOnlyList<MonthSpent>> TrendAsync(string userId, YearMonth from, YearMonth to, CancellationToken cancellationToken);
}
