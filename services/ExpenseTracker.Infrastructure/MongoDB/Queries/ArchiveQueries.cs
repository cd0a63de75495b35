using ExpenseTracker.Domain;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

/// <summary>The archive protocol's months, their receipts, and the scan for expenses old enough to archive.</summary>
internal static class ArchiveQueries
{
    public const string CandidateUserId = "userId";
    public const string CandidateMonth = "month";

    static ArchiveQueries() => MongoClassMaps.Register();

    private static FilterDefinitionBuilder<ArchivedMonthDocument> Filter => Builders<ArchivedMonthDocument>.Filter;

    public static MongoQuery<ArchivedMonthDocument> Month(string userId, YearMonth month) =>
        new(MongoCollectionNames.ArchivedMonths, Of(userId, month));

    /// <summary>The user's months with a completed archive, oldest first.</summary>
    public static MongoQuery<ArchivedMonthDocument> Archived(string userId) =>
        new(MongoCollectionNames.ArchivedMonths, Filter.Eq(d => d.UserId, userId) & Filter.Ne(d => d.BlobName, null), Builders<ArchivedMonthDocument>.Sort.Ascending(d => d.Month));

    /// <summary>The user's archived months from <paramref name="from"/> to <paramref name="to"/>, for trends.</summary>
    public static MongoQuery<ArchivedMonthDocument> ArchivedBetween(string userId, YearMonth from, YearMonth to) =>
        new(
            MongoCollectionNames.ArchivedMonths,
            Filter.Eq(d => d.UserId, userId) & Filter.Gte(d => d.Month, from.ToString()) & Filter.Lte(d => d.Month, to.ToString()) & Filter.Ne(d => d.BlobName, null));

    /// <summary>
    /// Months of every user with a pending archive. Any name is greater than the empty string, and a comparison
    /// matches strings only, so months without a pending archive (null) are left out by the index itself.
    /// </summary>
    public static MongoQuery<ArchivedMonthDocument> Pending() =>
        new(MongoCollectionNames.ArchivedMonths, Filter.Gt(d => d.PendingBlobName, string.Empty));

    /// <summary>The month as long as its completed archive is <paramref name="expectedBlobName"/> and it is neither pending nor restored.</summary>
    public static MongoQuery<ArchivedMonthDocument> Markable(string userId, YearMonth month, string? expectedBlobName) =>
        new(
            MongoCollectionNames.ArchivedMonths,
            Of(userId, month) & Filter.Eq(d => d.BlobName, expectedBlobName) & Filter.Eq(d => d.PendingBlobName, null) & Filter.Eq(d => d.RestoredAt, null));

    /// <summary>The month as long as <paramref name="pendingBlobName"/> is its pending archive.</summary>
    public static MongoQuery<ArchivedMonthDocument> PendingAs(string userId, YearMonth month, string pendingBlobName) =>
        new(MongoCollectionNames.ArchivedMonths, Of(userId, month) & Filter.Eq(d => d.PendingBlobName, pendingBlobName));

    /// <summary>The month if nothing about it is worth keeping: never completed, not pending, never restored.</summary>
    public static MongoQuery<ArchivedMonthDocument> Forgettable(string userId, YearMonth month) =>
        new(
            MongoCollectionNames.ArchivedMonths,
            Of(userId, month) & Filter.Eq(d => d.BlobName, null) & Filter.Eq(d => d.PendingBlobName, null) & Filter.Eq(d => d.RestoredAt, null));

    /// <summary>The months of the given users that were restored: they are not archived again.</summary>
    public static MongoQuery<ArchivedMonthDocument> RestoredOf(IReadOnlyCollection<string> userIds) =>
        new(MongoCollectionNames.ArchivedMonths, Filter.In(d => d.UserId, userIds) & Filter.Ne(d => d.RestoredAt, null));

    public static MongoQuery<ArchivedMonthDocument> CompletedAs(IReadOnlyCollection<string> blobNames) =>
        new(MongoCollectionNames.ArchivedMonths, Filter.In(d => d.BlobName, blobNames));

    public static MongoQuery<ArchivedMonthDocument> PendingAsAny(IReadOnlyCollection<string> blobNames) =>
        new(MongoCollectionNames.ArchivedMonths, Filter.In(d => d.PendingBlobName, blobNames));

    public static MongoQuery<ArchivedReceiptDocument> ReceiptsOf(string userId, YearMonth month) =>
        new(
            MongoCollectionNames.ArchivedReceipts,
            Builders<ArchivedReceiptDocument>.Filter.Eq(d => d.UserId, userId) & Builders<ArchivedReceiptDocument>.Filter.Eq(d => d.Month, month.ToString()));

    /// <summary>Which of the ids are receipts of archived expenses.</summary>
    public static MongoQuery<ArchivedReceiptDocument> ReceiptsAmong(IReadOnlyCollection<Guid> receiptIds) =>
        new(MongoCollectionNames.ArchivedReceipts, Builders<ArchivedReceiptDocument>.Filter.In(d => d.Id, receiptIds));

    /// <summary>
    /// One document per user and month (yyyy-MM) with expenses dated before <paramref name="before"/>, across every
    /// user. It reads only <c>date</c> and <c>userId</c>, which the <c>date_user</c> index holds, so the server never
    /// loads the expenses themselves.
    /// </summary>
    public static MongoPipeline<ExpenseDocument> Candidates(DateOnly before)
    {
        var group = new BsonDocument("$group", new BsonDocument("_id", new BsonDocument
        {
            { CandidateUserId, "$" + ExpenseDocument.Fields.UserId },
            { CandidateMonth, new BsonDocument("$dateToString", new BsonDocument { { "format", "%Y-%m" }, { "date", "$" + ExpenseDocument.Fields.Date } }) },
        }));
        var pipeline = new EmptyPipelineDefinition<ExpenseDocument>()
            .Match(Builders<ExpenseDocument>.Filter.Lt(d => d.Date, before))
            .AppendStage(new BsonDocumentPipelineStageDefinition<ExpenseDocument, BsonDocument>(group));
        return new(MongoCollectionNames.Expenses, pipeline);
    }

    public static UpdateDefinition<ArchivedMonthDocument> MarkPending(string pendingBlobName, long liveRowCount) =>
        Builders<ArchivedMonthDocument>.Update
            .Set(d => d.PendingBlobName, pendingBlobName)
            .Set(d => d.PendingRowCount, liveRowCount)
            .SetOnInsert(d => d.ExpenseCount, 0)
            .SetOnInsert(d => d.ArchivedAt, null)
            .SetOnInsert(d => d.Totals, []);

    public static UpdateDefinition<ArchivedMonthDocument> ClearPending() =>
        Builders<ArchivedMonthDocument>.Update.Set(d => d.PendingBlobName, null).Set(d => d.PendingRowCount, 0);

    private static FilterDefinition<ArchivedMonthDocument> Of(string userId, YearMonth month) =>
        Filter.Eq(d => d.UserId, userId) & Filter.Eq(d => d.Month, month.ToString());
}
