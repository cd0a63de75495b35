using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Api;

/// <summary><c>/api/v1/reports</c>: totals per currency, never mixed; archived months included.</summary>
public interface IReportsApi
{
    /// <summary>A month's spending per currency and category, against budgets (<paramref name="month"/> is <c>yyyy-MM</c>).</summary>
    [Get("/api/v1/reports/monthly")]
    Task<MonthlyReport> MonthlyAsync([Query] string month, CancellationToken cancellationToken = default);

    /// <summary>Spending per month and currency from <paramref name="from"/> to <paramref name="to"/> (both <c>yyyy-MM</c>), every month listed.</summary>
    [Get("/api/v1/reports/trend")]
    Task<IReadOnlyList<TrendPoint>> TrendAsync([Query] string from, [Query] string to, CancellationToken cancellationToken = default);
}
