using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

internal static class ReceiptQueries
{
    static ReceiptQueries() => MongoClassMaps.Register();

    private static FilterDefinitionBuilder<ReceiptDocument> Filter => Builders<ReceiptDocument>.Filter;

    public static MongoQuery<ReceiptDocument> ById(string userId, Guid expenseId, Guid receiptId) =>
        new(MongoCollectionNames.Receipts, Filter.Eq(d => d.Id, receiptId) & Filter.Eq(d => d.ExpenseId, expenseId) & Filter.Eq(d => d.UserId, userId));

    /// <summary>The receipts of the user's given expenses, oldest first.</summary>
    public static MongoQuery<ReceiptDocument> OfExpenses(string userId, IReadOnlyCollection<Guid> expenseIds) =>
        new(
            MongoCollectionNames.Receipts,
            Filter.Eq(d => d.UserId, userId) & Filter.In(d => d.ExpenseId, expenseIds),
            Builders<ReceiptDocument>.Sort.Ascending(d => d.CreatedAt).Ascending(d => d.Id));

    /// <summary>Which of the ids are receipts on a live expense.</summary>
    public static MongoQuery<ReceiptDocument> Among(IReadOnlyCollection<Guid> receiptIds) =>
        new(MongoCollectionNames.Receipts, Filter.In(d => d.Id, receiptIds));
}
