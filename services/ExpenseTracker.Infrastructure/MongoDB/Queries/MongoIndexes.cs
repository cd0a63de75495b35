using ExpenseTracker.Infrastructure.Messaging;
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
        // The archive job's look for old expenses of every user: it reads nothing but these two fields.
        Index<ExpenseDocument>("date_user", keys => keys.Ascending(d => d.Date).Ascending(d => d.UserId)),
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

    public static MongoIndexSet<OutboxDocument> Outbox { get; } = new(MongoCollectionNames.Outbox,
    [
        // Relays claim unsent messages oldest first; the backlog counts them and finds the oldest.
        Index<OutboxDocument>("pending", keys => keys.Ascending(d => d.SentAt).Ascending(d => d.OccurredAt).Ascending(d => d.Seq)),
        // A relay gives back what it holds.
        Index<OutboxDocument>("claims", keys => keys.Ascending(d => d.ClaimedBy).Ascending(d => d.SentAt)),
        // The server removes sent messages once kept a week; unsent ones (no date) stay.
        Index<OutboxDocument>("sent_expiry", keys => keys.Ascending(d => d.SentAt), expireAfter: MessagingRetention.SentMessages),
    ]);

    public static MongoIndexSet<RecurringRuleDocument> RecurringRules { get; } = new(MongoCollectionNames.RecurringRules,
    [
        Index<RecurringRuleDocument>("user_created", keys => keys.Ascending(d => d.UserId).Ascending(d => d.CreatedAt).Ascending(d => d.Id)),
        // Deleting or reassigning a category.
        Index<RecurringRuleDocument>("user_category", keys => keys.Ascending(d => d.UserId).Ascending(d => d.CategoryId)),
        // The scheduler's due rules of every user, the most overdue first.
        Index<RecurringRuleDocument>("due", keys => keys.Ascending(d => d.NextOccurrence).Ascending(d => d.Id)),
    ]);

    public static MongoIndexSet<RecurringOccurrenceDocument> RecurringOccurrences { get; } = new(MongoCollectionNames.RecurringOccurrences,
    [
        // Each occurrence of a rule has its expense once, whichever scheduler is first.
        Index<RecurringOccurrenceDocument>("rule_date", keys => keys.Ascending(d => d.RuleId).Ascending(d => d.Date), unique: true),
    ]);

    public static MongoIndexSet<NotificationDocument> Notifications { get; } = new(MongoCollectionNames.Notifications,
    [
        Index<NotificationDocument>("user_created", keys => keys.Ascending(d => d.UserId).Descending(d => d.CreatedAt).Descending(d => d.Threshold).Descending(d => d.Id)),
        // A budget alert once per category, month and threshold; other kinds of notification are not bound by it.
        Index<NotificationDocument>(
            "budget_alert",
            keys => keys.Ascending(d => d.UserId).Ascending(d => d.CategoryId).Ascending(d => d.Month).Ascending(d => d.Threshold),
            unique: true,
            partial: NotificationQueries.IsBudgetAlert),
    ]);

    public static MongoIndexSet<ProcessedMessageDocument> ProcessedMessages { get; } = new(MongoCollectionNames.ProcessedMessages,
    [
        Index<ProcessedMessageDocument>("consumer_message", keys => keys.Ascending(d => d.Consumer).Ascending(d => d.MessageId), unique: true),
        Index<ProcessedMessageDocument>("expiry", keys => keys.Ascending(d => d.ProcessedAt), expireAfter: MessagingRetention.ProcessedMessages),
    ]);

    public static MongoIndexSet<ReceiptDocument> Receipts { get; } = new(MongoCollectionNames.Receipts,
    [
        // The receipts of a page of expenses, oldest first; those of a deleted or archived expense.
        Index<ReceiptDocument>("user_expense", keys => keys.Ascending(d => d.UserId).Ascending(d => d.ExpenseId).Ascending(d => d.CreatedAt).Ascending(d => d.Id)),
    ]);

    public static MongoIndexSet<ArchivedMonthDocument> ArchivedMonths { get; } = new(MongoCollectionNames.ArchivedMonths,
    [
        Index<ArchivedMonthDocument>("user_month", keys => keys.Ascending(d => d.UserId).Ascending(d => d.Month), unique: true),
        // The orphan sweeper asks which blobs a month points to, completed or pending; the archive job lists pending ones.
        Index<ArchivedMonthDocument>("blob", keys => keys.Ascending(d => d.BlobName)),
        Index<ArchivedMonthDocument>("pending_blob", keys => keys.Ascending(d => d.PendingBlobName)),
    ]);

    public static MongoIndexSet<ArchivedReceiptDocument> ArchivedReceipts { get; } = new(MongoCollectionNames.ArchivedReceipts,
    [
        Index<ArchivedReceiptDocument>("user_month", keys => keys.Ascending(d => d.UserId).Ascending(d => d.Month)),
    ]);

    public static IReadOnlyList<IMongoIndexSet> All { get; } =
    [
        Expenses, Categories, Budgets, IdempotencyKeys, Outbox, RecurringRules, RecurringOccurrences, Notifications, ProcessedMessages,
        Receipts, ArchivedMonths, ArchivedReceipts,
    ];

    private static CreateIndexModel<TDocument> Index<TDocument>(
        string name,
        Func<IndexKeysDefinitionBuilder<TDocument>, IndexKeysDefinition<TDocument>> keys,
        bool unique = false,
        TimeSpan? expireAfter = null,
        FilterDefinition<TDocument>? partial = null) =>
        new(
            keys(Builders<TDocument>.IndexKeys),
            new CreateIndexOptions<TDocument> { Name = name, Unique = unique, ExpireAfter = expireAfter, PartialFilterExpression = partial });
}

/// <summary>An index as the server stores it; <paramref name="PartialFilter"/> limits it to the documents that match.</summary>
internal sealed record RenderedIndex(string Collection, string Name, BsonDocument Keys, bool Unique, TimeSpan? ExpireAfter, BsonDocument? PartialFilter = null);

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
                model.Options.ExpireAfter,
                (model.Options as CreateIndexOptions<TDocument>)?.PartialFilterExpression?.Render(args)))
            .ToList();
    }

    /// <summary>Creates the indexes that are missing; those that exist with the same definition are left as they are.</summary>
    public Task CreateAsync(IMongoDatabase database, CancellationToken cancellationToken) =>
        database.GetCollection<TDocument>(Collection).Indexes.CreateManyAsync(Models, cancellationToken);
}
