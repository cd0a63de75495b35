using Dapper;
using ExpenseTracker.Application.Transfers;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteExpenseImportStore(SqliteDatabase database) : IExpenseImportStore
{
    public Task<IReadOnlyList<bool>> AddUnlessDuplicateAsync(
        string userId,
        IReadOnlyList<ImportedExpense> batch,
        IReadOnlySet<Guid> addedByThisImport,
        CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<bool>>(async (connection, transaction) =>
        {
            // Looked up before anything of the batch is written, so identical rows of the same file never count as duplicates of each other.
            var duplicates = new bool[batch.Count];
            for (var index = 0; index < batch.Count; index++)
            {
                var expense = batch[index].Expense;
                var matches = await connection.QueryAsync<Match>(
                    "SELECT id, merchant FROM expenses WHERE user_id = @UserId AND date = @Date AND amount_minor = @AmountMinor AND currency = @Currency",
                    new
                    {
                        UserId = userId,
                        Date = SqliteValues.Date(expense.Date),
                        AmountMinor = expense.Details.Amount.MinorUnits,
                        Currency = expense.Details.Currency.Code,
                    },
                    transaction);
                duplicates[index] = matches.Any(match =>
                    string.Equals(match.Merchant, expense.Details.Merchant, StringComparison.Ordinal)
                    && !addedByThisImport.Contains(Guid.Parse(match.Id)));
            }

            for (var index = 0; index < batch.Count; index++)
            {
                if (!duplicates[index])
                {
                    await SqliteExpenseStore.InsertAsync(connection, transaction, batch[index].Expense);
                    await SqliteOutbox.AppendAsync(connection, transaction, batch[index].Message);
                }
            }

            return duplicates.Select(duplicate => !duplicate).ToList();
        }, cancellationToken);

    private sealed record Match
    {
        public required string Id { get; init; }
        public string? Merchant { get; init; }
    }
}
