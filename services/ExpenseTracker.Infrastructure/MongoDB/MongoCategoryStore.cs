using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

public sealed class MongoCategoryStore(MongoStore store, TimeProvider clock) : ICategoryStore
{
    public async Task<IReadOnlyList<Category>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var query = CategoryQueries.OfUser(userId);
        var documents = await store.Categories.Find(query.Filter).Sort(query.Sort).ToListAsync(cancellationToken);
        return documents.Select(document => document.ToCategory()).ToList();
    }

    public async Task<Category?> FindAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        var document = await store.Categories.Find(CategoryQueries.ById(userId, id).Filter).FirstOrDefaultAsync(cancellationToken);
        return document?.ToCategory();
    }

    public Task<bool> ExistsAsync(string userId, Guid id, CancellationToken cancellationToken) =>
        store.Categories.Find(CategoryQueries.ById(userId, id).Filter).Limit(1).AnyAsync(cancellationToken);

    public async Task<bool> AddAsync(Category category, CancellationToken cancellationToken)
    {
        try
        {
            await store.Categories.InsertOneAsync(CategoryDocument.From(category), cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoWriteException duplicate) when (MongoErrors.IsDuplicateKey(duplicate))
        {
            return false;
        }
    }

    public async Task<bool> UpdateAsync(Category category, CancellationToken cancellationToken)
    {
        var update = Builders<CategoryDocument>.Update
            .Set(d => d.Name, category.Name)
            .Set(d => d.NameKey, category.NameKey)
            .Set(d => d.Color, category.Color);
        try
        {
            await store.Categories.UpdateOneAsync(CategoryQueries.ById(category.UserId, category.Id).Filter, update, cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoWriteException duplicate) when (MongoErrors.IsDuplicateKey(duplicate))
        {
            // The unique (userId, nameKey) index: another of the user's categories has the name.
            return false;
        }
    }

    public Task<CategoryDeletion> DeleteAsync(string userId, Guid id, Guid? reassignTo, OutboxMessage message, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            if (!await ExistsAsync(session, userId, id, token))
            {
                return CategoryDeletion.NotFound;
            }

            if (reassignTo is { } target && !await ExistsAsync(session, userId, target, token))
            {
                return CategoryDeletion.ReassignTargetNotFound;
            }

            foreach (var references in CategoryQueries.Using(userId, id))
            {
                var collection = store.Collection(references.Collection);
                if (reassignTo is null)
                {
                    if (await collection.Find(session, references.Filter).Limit(1).AnyAsync(token))
                    {
                        return CategoryDeletion.InUse;
                    }
                }
                else
                {
                    await collection.UpdateManyAsync(session, references.Filter, CategoryQueries.MoveTo(reassignTo.Value, clock.GetUtcNow()), cancellationToken: token);
                }
            }

            // The budget goes with the category.
            await store.Budgets.DeleteOneAsync(session, BudgetQueries.OfCategory(userId, id).Filter, cancellationToken: token);
            await store.Categories.DeleteOneAsync(session, CategoryQueries.ById(userId, id).Filter, cancellationToken: token);
            await store.AppendToOutboxAsync(session, message, token);
            return CategoryDeletion.Deleted;
        }, cancellationToken);

    private Task<bool> ExistsAsync(IClientSessionHandle session, string userId, Guid id, CancellationToken cancellationToken) =>
        store.Categories.Find(session, CategoryQueries.ById(userId, id).Filter).Limit(1).AnyAsync(cancellationToken);
}
