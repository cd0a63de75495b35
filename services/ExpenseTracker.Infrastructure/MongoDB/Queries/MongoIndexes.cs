using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

/// <summary>
/// Every index the adapter creates at start. Keys follow equality, sort, range: the fields a query matches exactly
/// come first, then the fields it sorts by, then the fields it bounds. Expense ids end the keys of the list indexes
/// because the list sorts by id after date or amount, so a page never needs an in-memory sort.
/// </summary>
internal static class MongoIndexes
{
    static MongoIndexes() => MongoClassMaps.Register();

    public static MongoIndexSet<ExpenseDocument> Expenses { get; } = new(MongoCollectionNames.Expenses,
    [
        // The list by date (either way), date ranges, monthly and trend reports.
        Index<ExpenseDocument>("user_date", keys => keys.Ascending(d => d.UserId).Descending(d => d.Date).Descending(d => d.Id)),
        // The list by amount (either way), amount ranges.
        Index<ExpenseDocument>("user_amount", keys => keys.Ascending(d => d.UserId).Ascending(d => d.Amount).Ascending(d => d.Id)),
        // One category's expenses, by date or amount; deleting or reassigning a category.
        Index<ExpenseDocument>("user_category_date", keys => keys.Ascending(d => d.UserId).Ascending(d => d.CategoryId).Descending(d => d.Date).Descending(d => d.Id)),
        Index<ExpenseDocument>("user_category_amount", keys => keys.Ascending(d => d.UserId).Ascending(d => d.CategoryId).Ascending(d => d.Amount).Ascending(d => d.Id)),
        // One tag's expenses (multikey: one entry per tag), by date or amount.
        Index<ExpenseDocument>("user_tag_date", keys => keys.Ascending(d => d.UserId).Ascending(d => d.TagKeys).Descending(d => d.Date).Descending(d => d.Id)),
        Index<ExpenseDocument>("user_tag_amount", keys => keys.Ascending(d => d.UserId).Ascending(d => d.TagKeys).Ascending(d => d.Amount).Ascending(d => d.Id)),
    ]);

    public static MongoIndexSet<CategoryDocument> Categories { get; } = new(MongoCollectionNames.Categories,
    [
        // Names are unique per user whatever their case; the list is sorted by the same key.
        Index<CategoryDocument>("user_nameKey", keys => keys.Ascending(d => d.UserId).Ascending(d => d.NameKey), unique: true),
    ]);

    public static MongoIndexSet<BudgetDocument> Budgets { get; } = new(MongoCollectionNames.Budgets,
    [
        Index<BudgetDocument>("user_category", keys => keys.Ascending(d => d.UserId).Ascending(d => d.CategoryId), unique: true),
    ]);

    public static MongoIndexSet<IdempotencyDocument> IdempotencyKeys { get; } = new(MongoCollectionNames.IdempotencyKeys,
    [
        Index<IdempotencyDocument>("user_key", keys => keys.Ascending(d => d.UserId).Ascending(d => d.Key), unique: true),
        // The server removes a record once its expiry has passed (24 hours after it was made).
        Index<IdempotencyDocument>("expiry", keys => keys.Ascending(d => d.ExpiresAt), expireAfter: TimeSpan.Zero),
    ]);

    public static IReadOnlyList<IMongoIndexSet> All { get; } = [Expenses, Categories, Budgets, IdempotencyKeys];

    private static CreateIndexModel<TDocument> Index<TDocument>(
        string name,
        Func<IndexKeysDefinitionBuilder<TDocument>, IndexKeysDefinition<TDocument>> keys,
        bool unique = false,
        TimeSpan? expireAfter = null) =>
        new(keys(Builders<TDocument>.IndexKeys), new CreateIndexOptions { Name = name, Unique = unique, ExpireAfter = expireAfter });
}

/// <summary>An index as the server stores it.</summary>
internal sealed record RenderedIndex(string Collection, string Name, BsonDocument Keys, bool Unique, TimeSpan? ExpireAfter);

internal interface IMongoIndexSet
{
    string Collection { get; }

    IReadOnlyList<RenderedIndex> Render();

    Task CreateAsync(IMongoDatabase database, CancellationToken cancellationToken);
}

internal sealed class MongoIndexSet<TDocument>(string collection, IReadOnlyList<CreateIndexModel<TDocument>> models) : IMongoIndexSet
{
    public string Collection { get; } = collection;

    public IReadOnlyList<CreateIndexModel<TDocument>> Models { get; } = models;

    public IReadOnlyList<RenderedIndex> Render()
    {
        var args = new RenderArgs<TDocument>(BsonSerializer.LookupSerializer<TDocument>(), BsonSerializer.SerializerRegistry);
        return Models
            .Select(model => new RenderedIndex(
                Collection,
                model.Options.Name,
                model.Keys.Render(args),
                model.Options.Unique ?? false,
                model.Options.ExpireAfter))
            .ToList();
    }

    /// <summary>Creates the indexes that are missing; those that exist with the same definition are left as they are.</summary>
    public Task CreateAsync(IMongoDatabase database, CancellationToken cancellationToken) =>
        database.GetCollection<TDocument>(Collection).Indexes.CreateManyAsync(Models, cancellationToken);
}
