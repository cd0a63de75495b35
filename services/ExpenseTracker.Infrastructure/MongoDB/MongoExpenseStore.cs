using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

public sealed class MongoExpenseStore(MongoStore store) : IExpenseStore
{
    public async Task<Expense?> FindAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        var document = await store.Expenses.Find(ExpenseQueries.ById(userId, id).Filter).FirstOrDefaultAsync(cancellationToken);
        return document?.ToExpense();
    }

    public async Task<Page<Expense>> ListAsync(string userId, ExpenseFilter filter, ExpenseSort sort, PageRequest page, CancellationToken cancellationToken)
    {
        var query = ExpenseQueries.List(userId, filter, sort);
        var documents = await store.Expenses
            .Find(query.Filter)
            .Sort(query.Sort)
            .Skip(page.Offset)
            .Limit(page.PageSize)
            .ToListAsync(cancellationToken);
        var total = await store.Expenses.CountDocumentsAsync(query.Filter, cancellationToken: cancellationToken);
        return new Page<Expense>(documents.Select(document => document.ToExpense()).ToList(), total);
    }

    public async Task<bool> AddAsync(Expense expense, OutboxMessage message, IdempotencyRecord? idempotency, CancellationToken cancellationToken)
    {
        try
        {
            return await store.InTransactionAsync(async (session, token) =>
            {
                if (idempotency is not null)
                {
                    await MongoIdempotencyStore.ClaimAsync(store, session, idempotency, token);
                }

                await store.Expenses.InsertOneAsync(session, ExpenseDocument.From(expense), cancellationToken: token);
                await store.AppendToOutboxAsync(session, message, token);
                return true;
            }, cancellationToken);
        }
        catch (IdempotencyKeyTakenException)
        {
            return false;
        }
    }

    public Task<bool> UpdateAsync(Expense expense, long expectedVersion, OutboxMessage message, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            var replaced = await store.Expenses.ReplaceOneAsync(
                session,
                ExpenseQueries.AtVersion(expense.UserId, expense.Id, expectedVersion).Filter,
                ExpenseDocument.From(expense),
                cancellationToken: token);
            if (replaced.MatchedCount == 0)
            {
                return false;
            }

            await store.AppendToOutboxAsync(session, message, token);
            return true;
        }, cancellationToken);

    public Task<bool> DeleteAsync(Expense expense, long expectedVersion, OutboxMessage message, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            var deleted = await store.Expenses.DeleteOneAsync(
                session,
                ExpenseQueries.AtVersion(expense.UserId, expense.Id, expectedVersion).Filter,
                cancellationToken: token);
            if (deleted.DeletedCount == 0)
            {
                return false;
            }

            // The receipts' rows go with the expense (the service removes their blobs).
            await store.Receipts.DeleteManyAsync(session, ReceiptQueries.OfExpenses(expense.UserId, [expense.Id]).Filter, cancellationToken: token);
            await store.AppendToOutboxAsync(session, message, token);
            return true;
        }, cancellationToken);
}
