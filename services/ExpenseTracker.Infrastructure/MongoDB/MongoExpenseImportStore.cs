using ExpenseTracker.Application.Transfers;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

public sealed class MongoExpenseImportStore(MongoStore store) : IExpenseImportStore
{
    /// <summary>
    /// One transaction per batch: one query reads the user's expenses on the batch's days (a handful per day), the
    /// duplicates are judged against what existed before the batch, and the rest is inserted with its events.
    /// </summary>
    public Task<IReadOnlyList<bool>> AddUnlessDuplicateAsync(
        string userId,
        IReadOnlyList<ImportedExpense> batch,
        IReadOnlySet<Guid> addedByThisImport,
        CancellationToken cancellationToken) =>
        store.InTransactionAsync<IReadOnlyList<bool>>(async (session, token) =>
        {
            var days = batch.Select(imported => imported.Expense.Date).Distinct().ToList();
            var existing = await store.Expenses.Find(session, ExpenseQueries.OnDays(userId, days).Filter).ToListAsync(token);
            var before = existing
                .Where(document => !addedByThisImport.Contains(document.Id))
                .Select(document => (document.Date, document.Amount, document.Currency, document.Merchant))
                .ToHashSet();

            // Decimal equality ignores trailing zeros, as the amount's value does.
            var added = batch
                .Select(imported => !before.Contains((
                    imported.Expense.Date,
                    imported.Expense.Details.Amount.Amount,
                    imported.Expense.Details.Currency.Code,
                    imported.Expense.Details.Merchant)))
                .ToList();
            var kept = batch.Where((_, index) => added[index]).ToList();
            if (kept.Count > 0)
            {
                await store.Expenses.InsertManyAsync(session, kept.Select(imported => ExpenseDocument.From(imported.Expense)), cancellationToken: token);
                await store.Outbox.InsertManyAsync(session, kept.Select(imported => OutboxDocument.From(imported.Message)), cancellationToken: token);
            }

            return added;
        }, cancellationToken);
}
