using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>
/// The database of the MongoDB adapter: its collections, and transactions for the writes that change more than
/// one document (a change and its outbox message, a category and the expenses moved off it). Transactions need a
/// replica set or a sharded cluster; a single-node replica set is enough.
/// </summary>
public sealed class MongoStore
{
    // Snapshot reads and majority writes: what a transaction read is what it commits against, and a commit
    // survives the loss of the primary.
    private static readonly TransactionOptions Transaction = new(
        readConcern: ReadConcern.Snapshot,
        readPreference: ReadPreference.Primary,
        writeConcern: WriteConcern.WMajority);

    private readonly IMongoClient _client;

    public MongoStore(IMongoClient client, IMongoDatabase database)
    {
        MongoClassMaps.Register();
        _client = client;
        Database = database;
        Users = database.GetCollection<UserDocument>(MongoCollectionNames.Users);
        Categories = database.GetCollection<CategoryDocument>(MongoCollectionNames.Categories);
        Expenses = database.GetCollection<ExpenseDocument>(MongoCollectionNames.Expenses);
        Budgets = database.GetCollection<BudgetDocument>(MongoCollectionNames.Budgets);
        IdempotencyKeys = database.GetCollection<IdempotencyDocument>(MongoCollectionNames.IdempotencyKeys);
        Outbox = database.GetCollection<OutboxDocument>(MongoCollectionNames.Outbox);
        RecurringRules = database.GetCollection<RecurringRuleDocument>(MongoCollectionNames.RecurringRules);
        RecurringOccurrences = database.GetCollection<RecurringOccurrenceDocument>(MongoCollectionNames.RecurringOccurrences);
        Notifications = database.GetCollection<NotificationDocument>(MongoCollectionNames.Notifications);
        ProcessedMessages = database.GetCollection<ProcessedMessageDocument>(MongoCollectionNames.ProcessedMessages);
        DeadLetters = database.GetCollection<DeadLetterDocument>(MongoCollectionNames.DeadLetters);
        Receipts = database.GetCollection<ReceiptDocument>(MongoCollectionNames.Receipts);
        ArchivedMonths = database.GetCollection<ArchivedMonthDocument>(MongoCollectionNames.ArchivedMonths);
        ArchivedReceipts = database.GetCollection<ArchivedReceiptDocument>(MongoCollectionNames.ArchivedReceipts);
    }

    public IMongoDatabase Database { get; }

    internal IMongoCollection<UserDocument> Users { get; }
    internal IMongoCollection<CategoryDocument> Categories { get; }
    internal IMongoCollection<ExpenseDocument> Expenses { get; }
    internal IMongoCollection<BudgetDocument> Budgets { get; }
    internal IMongoCollection<IdempotencyDocument> IdempotencyKeys { get; }
    internal IMongoCollection<OutboxDocument> Outbox { get; }
    internal IMongoCollection<RecurringRuleDocument> RecurringRules { get; }
    internal IMongoCollection<RecurringOccurrenceDocument> RecurringOccurrences { get; }
    internal IMongoCollection<NotificationDocument> Notifications { get; }
    internal IMongoCollection<ProcessedMessageDocument> ProcessedMessages { get; }
    internal IMongoCollection<DeadLetterDocument> DeadLetters { get; }
    internal IMongoCollection<ReceiptDocument> Receipts { get; }
    internal IMongoCollection<ArchivedMonthDocument> ArchivedMonths { get; }
    internal IMongoCollection<ArchivedReceiptDocument> ArchivedReceipts { get; }

    internal IMongoCollection<BsonDocument> Collection(string name) => Database.GetCollection<BsonDocument>(name);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it when the work returns. The driver runs the work
    /// again when the server reports a transient conflict (two writers on one document), so the work must be
    /// repeatable and must let every exception through.
    /// </summary>
    internal async Task<T> InTransactionAsync<T>(Func<IClientSessionHandle, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var session = await _client.StartSessionAsync(cancellationToken: cancellationToken);
        return await session.WithTransactionAsync(work, Transaction, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="InTransactionAsync{T}"/>, except that when the work throws <see cref="Rollback"/>'s exception
    /// (it found that it must change nothing), everything it wrote is rolled back and <paramref name="whenRolledBack"/> answered.
    /// </summary>
    internal async Task<T> InTransactionOrRollbackAsync<T>(Func<IClientSessionHandle, CancellationToken, Task<T>> work, T whenRolledBack, CancellationToken cancellationToken)
    {
        try
        {
            return await InTransactionAsync(work, cancellationToken);
        }
        catch (TransactionRolledBackException)
        {
            return whenRolledBack;
        }
    }

    /// <summary>Thrown by a transaction's work to end it without writing anything (see <see cref="InTransactionOrRollbackAsync{T}"/>).</summary>
    internal static Exception Rollback(Exception? cause = null) => new TransactionRolledBackException(cause);

    /// <summary>Adds the message inside the caller's transaction, so it commits or rolls back with the change.</summary>
    internal Task AppendToOutboxAsync(IClientSessionHandle session, Application.Events.OutboxMessage message, CancellationToken cancellationToken) =>
        Outbox.InsertOneAsync(session, OutboxDocument.From(message), cancellationToken: cancellationToken);
}

/// <summary>The work of a transaction decided to change nothing; the transaction is aborted.</summary>
internal sealed class TransactionRolledBackException(Exception? cause)
    : Exception("The transaction's work decided to change nothing.", cause);
