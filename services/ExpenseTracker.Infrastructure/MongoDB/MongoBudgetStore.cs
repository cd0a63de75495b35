using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Domain.Budgets;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

public sealed class MongoBudgetStore(MongoStore store) : IBudgetStore
{
    public async Task<IReadOnlyList<Budget>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var query = BudgetQueries.OfUser(userId);
        var documents = await store.Budgets.Find(query.Filter).Sort(query.Sort).ToListAsync(cancellationToken);
        return documents.Select(document => document.ToBudget()).ToList();
    }

    public Task SetAsync(Budget budget, OutboxMessage message, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            // An upsert on the unique (userId, categoryId) key: the filter's fields make the new document's.
            await store.Budgets.UpdateOneAsync(
                session,
                BudgetQueries.OfCategory(budget.UserId, budget.CategoryId).Filter,
                Builders<BudgetDocument>.Update
                    .Set(d => d.Amount, budget.Amount.Amount)
                    .Set(d => d.Currency, budget.Amount.Currency.Code),
                new UpdateOptions { IsUpsert = true },
                token);
            await store.AppendToOutboxAsync(session, message, token);
            return true;
        }, cancellationToken);

    public Task<bool> DeleteAsync(string userId, Guid categoryId, OutboxMessage message, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            var deleted = await store.Budgets.DeleteOneAsync(session, BudgetQueries.OfCategory(userId, categoryId).Filter, cancellationToken: token);
            if (deleted.DeletedCount == 0)
            {
                return false;
            }

            await store.AppendToOutboxAsync(session, message, token);
            return true;
        }, cancellationToken);
}
