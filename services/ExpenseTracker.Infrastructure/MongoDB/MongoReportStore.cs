using ExpenseTracker.Application.Reports;
using ExpenseTracker.Domain;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

public sealed class MongoReportStore(MongoStore store) : IReportStore
{
    public async Task<MonthlySpending> MonthlyAsync(string userId, YearMonth month, CancellationToken cancellationToken)
    {
        using var cursor = await store.Expenses.AggregateAsync(ReportPipelines.Monthly(userId, month).Pipeline, cancellationToken: cancellationToken);
        return ReportRows.Monthly(await cursor.FirstOrDefaultAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<MonthSpent>> TrendAsync(string userId, YearMonth from, YearMonth to, CancellationToken cancellationToken)
    {
        using var cursor = await store.Expenses.AggregateAsync(ReportPipelines.Trend(userId, from, to).Pipeline, cancellationToken: cancellationToken);
        return ReportRows.Trend(await cursor.ToListAsync(cancellationToken));
    }
}
