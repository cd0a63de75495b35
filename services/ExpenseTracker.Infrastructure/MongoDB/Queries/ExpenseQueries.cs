using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

internal static class ExpenseQueries
{
    static ExpenseQueries() => MongoClassMaps.Register();

    private static FilterDefinitionBuilder<ExpenseDocument> Filter => Builders<ExpenseDocument>.Filter;

    private static SortDefinitionBuilder<ExpenseDocument> Order => Builders<ExpenseDocument>.Sort;

    public static MongoQuery<ExpenseDocument> ById(string userId, Guid id) =>
        new(MongoCollectionNames.Expenses, Filter.Eq(d => d.Id, id) & Filter.Eq(d => d.UserId, userId));

    /// <summary>The expense as long as nobody changed it since <paramref name="version"/>: optimistic concurrency.</summary>
    public static MongoQuery<ExpenseDocument> AtVersion(string userId, Guid id, long version) =>
        new(MongoCollectionNames.Expenses, Filter.Eq(d => d.Id, id) & Filter.Eq(d => d.UserId, userId) & Filter.Eq(d => d.Version, version));

    /// <summary>The user's expenses dated on any of <paramref name="dates"/>: where an import looks for duplicates of a batch.</summary>
    public static MongoQuery<ExpenseDocument> OnDays(string userId, IReadOnlyCollection<DateOnly> dates) =>
        new(MongoCollectionNames.Expenses, Filter.Eq(d => d.UserId, userId) & Filter.In(d => d.Date, dates));

    /// <summary>Those of <paramref name="ids"/> that are the user's live expenses.</summary>
    public static MongoQuery<ExpenseDocument> Among(string userId, IReadOnlyCollection<Guid> ids) =>
        new(MongoCollectionNames.Expenses, Filter.In(d => d.Id, ids) & Filter.Eq(d => d.UserId, userId));

    /// <summary>A write to the expense that changes nothing anyone reads, so that transactions touching its receipts conflict with one deleting it.</summary>
    public static UpdateDefinition<ExpenseDocument> ReceiptsChanged() => new BsonDocument("$inc", new BsonDocument(ExpenseDocument.Fields.ReceiptWrites, 1L));

    /// <summary>A page of the list, the export and the count: the user's expenses that pass every given filter.</summary>
    public static MongoQuery<ExpenseDocument> List(string userId, ExpenseFilter filter, ExpenseSort sort)
    {
        var conditions = new List<FilterDefinition<ExpenseDocument>> { Filter.Eq(d => d.UserId, userId) };
        if (filter.From is { } from)
        {
            conditions.Add(Filter.Gte(d => d.Date, from));
        }

        if (filter.To is { } to)
        {
            conditions.Add(Filter.Lte(d => d.Date, to));
        }

        if (filter.CategoryId is { } categoryId)
        {
            conditions.Add(Filter.Eq(d => d.CategoryId, categoryId));
        }

        if (filter.Tag is { } tag)
        {
            conditions.Add(Filter.AnyEq(d => d.TagKeys, Domain.Expenses.Tag.Key(tag)));
        }

        if (filter.Currency is { } currency)
        {
            conditions.Add(Filter.Eq(d => d.Currency, currency));
        }

        if (filter.MinAmount is { } min)
        {
            conditions.Add(Filter.Gte(d => d.Amount, min));
        }

        if (filter.MaxAmount is { } max)
        {
            conditions.Add(Filter.Lte(d => d.Amount, max));
        }

        if (filter.Text is { } text)
        {
            conditions.Add(Filter.Regex(d => d.SearchText, new BsonRegularExpression(RegexLiteral.Escape(ExpenseSearchText.Needle(text)))));
        }

        return new(MongoCollectionNames.Expenses, Filter.And(conditions), OrderOf(sort));
    }

    // The id breaks ties: ids are time-ordered (UUIDv7), so expenses of one day keep the order they were recorded in.
    private static SortDefinition<ExpenseDocument> OrderOf(ExpenseSort sort) => sort switch
    {
        ExpenseSort.DateAscending => Order.Ascending(d => d.Date).Ascending(d => d.Id),
        ExpenseSort.AmountAscending => Order.Ascending(d => d.Amount).Ascending(d => d.Id),
        ExpenseSort.AmountDescending => Order.Descending(d => d.Amount).Descending(d => d.Id),
        _ => Order.Descending(d => d.Date).Descending(d => d.Id),
    };
}
