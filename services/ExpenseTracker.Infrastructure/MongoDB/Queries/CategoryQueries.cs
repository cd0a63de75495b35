using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

internal static class CategoryQueries
{
    /// <summary>
    /// The collections whose documents point at a category (by <c>userId</c> and <c>categoryId</c>, with a
    /// <c>version</c> and an <c>updatedAt</c>): deleting the category moves them, or is refused.
    /// </summary>
    public static readonly IReadOnlyList<string> Referencing = [MongoCollectionNames.Expenses, MongoCollectionNames.RecurringRules];

    static CategoryQueries() => MongoClassMaps.Register();

    private static FilterDefinitionBuilder<CategoryDocument> Filter => Builders<CategoryDocument>.Filter;

    public static MongoQuery<CategoryDocument> OfUser(string userId) =>
        new(MongoCollectionNames.Categories, Filter.Eq(d => d.UserId, userId), Builders<CategoryDocument>.Sort.Ascending(d => d.NameKey));

    public static MongoQuery<CategoryDocument> ById(string userId, Guid id) =>
        new(MongoCollectionNames.Categories, Filter.Eq(d => d.Id, id) & Filter.Eq(d => d.UserId, userId));

    /// <summary>The documents of every referencing collection that use the category.</summary>
    public static IReadOnlyList<MongoQuery<BsonDocument>> Using(string userId, Guid categoryId) =>
        Referencing
            .Select(collection => new MongoQuery<BsonDocument>(collection, new BsonDocument
            {
                { ExpenseDocument.Fields.UserId, userId },
                { ExpenseDocument.Fields.CategoryId, new BsonBinaryData(categoryId, GuidRepresentation.Standard) },
            }))
            .ToList();

    /// <summary>Moves a referencing document to another category; like any change, that makes a new version.</summary>
    public static UpdateDefinition<BsonDocument> MoveTo(Guid categoryId, DateTimeOffset now) => new BsonDocument
    {
        {
            "$set", new BsonDocument
            {
                { ExpenseDocument.Fields.CategoryId, new BsonBinaryData(categoryId, GuidRepresentation.Standard) },
                { ExpenseDocument.Fields.UpdatedAt, new BsonDateTime(now.UtcDateTime) },
            }
        },
        { "$inc", new BsonDocument(ExpenseDocument.Fields.Version, 1L) },
    };
}
