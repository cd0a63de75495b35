using ExpenseTracker.Domain;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

/// <summary>Reports as aggregations: the server sums a user's expenses of a date range; the API never reads them one by one.</summary>
internal static class ReportPipelines
{
    public const string ByCategory = "byCategory";
    public const string Totals = "totals";
    public const string Sum = "amount";
    public const string Count = "count";

    private const string Amount = "$" + ExpenseDocument.Fields.Amount;
    private const string Currency = "$" + ExpenseDocument.Fields.Currency;

    static ReportPipelines() => MongoClassMaps.Register();

    /// <summary>
    /// One document: <c>byCategory</c> (a sum per category and currency, <c>_id.categoryId</c> null for uncategorised
    /// spending) and <c>totals</c> (a sum and a count per currency).
    /// </summary>
    public static MongoPipeline<ExpenseDocument> Monthly(string userId, YearMonth month)
    {
        var facets = new BsonDocument("$facet", new BsonDocument
        {
            {
                ByCategory, new BsonArray
                {
                    Group(new BsonDocument { { "categoryId", "$" + ExpenseDocument.Fields.CategoryId }, { "currency", Currency } }),
                }
            },
            { Totals, new BsonArray { Group(Currency, new BsonElement(Count, new BsonDocument("$sum", 1))) } },
        });
        return new(MongoCollectionNames.Expenses, Spent(userId, month, month).AppendStage(Stage(facets)));
    }

    /// <summary>A document per month and currency with spending: <c>_id.year</c>, <c>_id.month</c>, <c>_id.currency</c> and the sum.</summary>
    public static MongoPipeline<ExpenseDocument> Trend(string userId, YearMonth from, YearMonth to)
    {
        var date = "$" + ExpenseDocument.Fields.Date;
        var byMonth = Group(new BsonDocument
        {
            { "year", new BsonDocument("$year", date) },
            { "month", new BsonDocument("$month", date) },
            { "currency", Currency },
        });
        return new(MongoCollectionNames.Expenses, Spent(userId, from, to).AppendStage(Stage(byMonth)));
    }

    /// <summary>The user's expenses dated from the first day of <paramref name="from"/> to the last day of <paramref name="to"/>.</summary>
    private static PipelineDefinition<ExpenseDocument, ExpenseDocument> Spent(string userId, YearMonth from, YearMonth to)
    {
        var filter = Builders<ExpenseDocument>.Filter;
        return new EmptyPipelineDefinition<ExpenseDocument>().Match(
            filter.Eq(d => d.UserId, userId) & filter.Gte(d => d.Date, from.FirstDay) & filter.Lte(d => d.Date, to.LastDay));
    }

    private static BsonDocument Group(BsonValue key, params BsonElement[] more)
    {
        var group = new BsonDocument { { "_id", key }, { Sum, new BsonDocument("$sum", Amount) } };
        group.AddRange(more);
        return new BsonDocument("$group", group);
    }

    private static BsonDocumentPipelineStageDefinition<ExpenseDocument, BsonDocument> Stage(BsonDocument stage) => new(stage);
}
