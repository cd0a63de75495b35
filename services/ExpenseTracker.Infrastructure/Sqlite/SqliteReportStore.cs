using Dapper;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Domain;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteReportStore(SqliteDatabase database) : IReportStore
{
    public async Task<MonthlySpending> MonthlyAsync(string userId, YearMonth month, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<CategoryRow>(new CommandDefinition(
            """
            SELECT category_id, currency, SUM(amount_minor) AS total, COUNT(*) AS count
            FROM expenses
            WHERE user_id = @UserId AND date >= @First AND date <= @Last
            GROUP BY category_id, currency
            """,
            new { UserId = userId, First = SqliteValues.Date(month.FirstDay), Last = SqliteValues.Date(month.LastDay) },
            cancellationToken: cancellationToken))).ToList();

        var totals = rows
            .GroupBy(row => row.Currency)
            .Select(group => SqliteValues.Money(group.Sum(row => row.Total), group.Key))
            .ToList();
        var byCategory = rows
            .Select(row => new CategorySpent(SqliteValues.OptionalId(row.CategoryId), SqliteValues.Money(row.Total, row.Currency)))
            .ToList();
        return new MonthlySpending(totals, rows.Sum(row => row.Count), byCategory);
    }

    public async Task<IReadOnlyList<MonthSpent>> TrendAsync(string userId, YearMonth from, YearMonth to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MonthRow>(new CommandDefinition(
            """
            SELECT substr(date, 1, 7) AS month, currency, SUM(amount_minor) AS total
            FROM expenses
            WHERE user_id = @UserId AND date >= @First AND date <= @Last
            GROUP BY month, currency
            """,
            new { UserId = userId, First = SqliteValues.Date(from.FirstDay), Last = SqliteValues.Date(to.LastDay) },
            cancellationToken: cancellationToken));
        return rows.Select(row => new MonthSpent(YearMonth.Parse(row.Month), SqliteValues.Money(row.Total, row.Currency))).ToList();
    }

    private sealed record CategoryRow
    {
        public string? CategoryId { get; init; }
        public required string Currency { get; init; }
        public long Total { get; init; }
        public long Count { get; init; }
    }

    private sealed record MonthRow
    {
        public required string Month { get; init; }
        public required string Currency { get; init; }
        public long Total { get; init; }
    }
}
