using Dapper;
using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Domain.Budgets;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteBudgetStore(SqliteDatabase database) : IBudgetStore
{
    public async Task<IReadOnlyList<Budget>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT user_id, category_id, amount_minor, currency FROM budgets WHERE user_id = @UserId ORDER BY category_id",
            new { UserId = userId },
            cancellationToken: cancellationToken));
        return rows.Select(row => new Budget(row.UserId, Guid.Parse(row.CategoryId), SqliteValues.Money(row.AmountMinor, row.Currency))).ToList();
    }

    public Task SetAsync(Budget budget, OutboxMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO budgets (user_id, category_id, amount_minor, currency) VALUES (@UserId, @CategoryId, @AmountMinor, @Currency)
                ON CONFLICT (user_id, category_id) DO UPDATE SET amount_minor = excluded.amount_minor, currency = excluded.currency
                """,
                new
                {
                    budget.UserId,
                    CategoryId = SqliteValues.Id(budget.CategoryId),
                    AmountMinor = budget.Amount.MinorUnits,
                    Currency = budget.Amount.Currency.Code,
                },
                transaction);
            await SqliteOutbox.AppendAsync(connection, transaction, message);
        }, cancellationToken);

    public Task<bool> DeleteAsync(string userId, Guid categoryId, OutboxMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var deleted = await connection.ExecuteAsync(
                "DELETE FROM budgets WHERE user_id = @UserId AND category_id = @CategoryId",
                new { UserId = userId, CategoryId = SqliteValues.Id(categoryId) },
                transaction);
            if (deleted == 0)
            {
                return false;
            }

            await SqliteOutbox.AppendAsync(connection, transaction, message);
            return true;
        }, cancellationToken);

    private sealed record Row
    {
        public required string UserId { get; init; }
        public required string CategoryId { get; init; }
        public long AmountMinor { get; init; }
        public required string Currency { get; init; }
    }
}
