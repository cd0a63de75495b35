using Dapper;
using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Domain.Receipts;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteReceiptStore(SqliteDatabase database) : IReceiptStore
{
    public Task<bool> AddAsync(Receipt receipt, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(
                $"""
                INSERT INTO receipts ({ReceiptRow.Columns})
                SELECT @Id, @ExpenseId, @UserId, @FileName, @ContentType, @Size, @BlobName, @CreatedAt
                WHERE EXISTS (SELECT 1 FROM expenses WHERE id = @ExpenseId AND user_id = @UserId)
                """,
                ReceiptRow.Parameters(receipt),
                transaction) == 1,
            cancellationToken);

    public async Task<Receipt?> FindAsync(string userId, Guid expenseId, Guid receiptId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ReceiptRow>(new CommandDefinition(
            $"SELECT {ReceiptRow.Columns} FROM receipts WHERE id = @Id AND expense_id = @ExpenseId AND user_id = @UserId",
            new { Id = SqliteValues.Id(receiptId), ExpenseId = SqliteValues.Id(expenseId), UserId = userId },
            cancellationToken: cancellationToken));
        return row?.ToReceipt();
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Receipt>>> ListByExpenseAsync(string userId, IReadOnlyCollection<Guid> expenseIds, CancellationToken cancellationToken)
    {
        if (expenseIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<Receipt>>();
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReceiptRow>(new CommandDefinition(
            $"SELECT {ReceiptRow.Columns} FROM receipts WHERE user_id = @UserId AND expense_id IN @ExpenseIds ORDER BY created_at, id",
            new { UserId = userId, ExpenseIds = expenseIds.Select(SqliteValues.Id).ToList() },
            cancellationToken: cancellationToken));
        return rows
            .Select(row => row.ToReceipt())
            .GroupBy(receipt => receipt.ExpenseId)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<Receipt>)group.ToList());
    }

    public Task<bool> DeleteAsync(string userId, Guid expenseId, Guid receiptId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(
                "DELETE FROM receipts WHERE id = @Id AND expense_id = @ExpenseId AND user_id = @UserId",
                new { Id = SqliteValues.Id(receiptId), ExpenseId = SqliteValues.Id(expenseId), UserId = userId },
                transaction) == 1,
            cancellationToken);

    public async Task<IReadOnlySet<Guid>> FindKnownAsync(IReadOnlyCollection<Guid> receiptIds, CancellationToken cancellationToken)
    {
        if (receiptIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var known = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM receipts WHERE id IN @Ids UNION SELECT id FROM archived_receipts WHERE id IN @Ids",
            new { Ids = receiptIds.Select(SqliteValues.Id).ToList() },
            cancellationToken: cancellationToken));
        return known.Select(Guid.Parse).ToHashSet();
    }
}
