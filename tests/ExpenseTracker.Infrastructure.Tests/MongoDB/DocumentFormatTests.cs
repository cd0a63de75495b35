using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Infrastructure.MongoDB;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace ExpenseTracker.Infrastructure.Tests.MongoDB;

/// <summary>Needs no server: what the registered class maps write, and that filters compare against the same BSON types.</summary>
public sealed class DocumentFormatTests
{
    private static readonly Guid Food = Guid.Parse("0195f1a2-3b4c-7d5e-8f60-718293a4b5c6");

    static DocumentFormatTests() => MongoClassMaps.Register();

    [Fact]
    public void An_expense_is_written_with_exact_money_standard_uuids_and_bson_dates()
    {
        var expense = Expense.Record(
            "alice",
            new DateOnly(2026, 11, 20),
            new ExpenseDetails(Money.Of(1.005m, Currency.Of("BHD")), Food, "Café", "Tea", ["Work", "gift"], "card"),
            new DateTimeOffset(2026, 11, 25, 8, 30, 15, 123, TimeSpan.Zero));

        var document = ExpenseDocument.From(expense).ToBsonDocument();

        Assert.Equal(BsonType.Decimal128, document["amount"].BsonType);
        Assert.Equal("1.005", document["amount"].AsDecimal128.ToString());
        Assert.Equal(BsonBinarySubType.UuidStandard, document["_id"].AsBsonBinaryData.SubType);
        Assert.Equal(expense.Id, document["_id"].AsBsonBinaryData.ToGuid());
        Assert.Equal(BsonBinarySubType.UuidStandard, document["categoryId"].AsBsonBinaryData.SubType);
        Assert.Equal(new BsonDateTime(new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc)), document["date"]);
        Assert.Equal(new BsonDateTime(new DateTime(2026, 11, 25, 8, 30, 15, 123, DateTimeKind.Utc)), document["createdAt"]);
        Assert.Equal(BsonType.Int64, document["version"].BsonType);
        Assert.Equal(new BsonArray { "WORK", "GIFT" }, document["tagKeys"]);
        Assert.Equal("café\ntea", document["searchText"].AsString);
        Assert.Equal("BHD", document["currency"].AsString);
    }

    [Fact]
    public void An_expense_without_category_keeps_a_null_category_that_reports_group_on()
    {
        var expense = Expense.Record("alice", new DateOnly(2026, 11, 20), new ExpenseDetails(Money.Of(3m, Currency.Of("EUR")), null, null, null, null, null), DateTimeOffset.UtcNow);

        Assert.Equal(BsonNull.Value, ExpenseDocument.From(expense).ToBsonDocument()["categoryId"]);
    }

    [Fact]
    public void An_expense_reads_back_from_its_document_unchanged()
    {
        var expense = Expense.Record(
            "alice",
            new DateOnly(2026, 11, 20),
            new ExpenseDetails(Money.Of(123456789012.34m, Currency.Of("EUR")), Food, "Shop", null, ["a"], null),
            new DateTimeOffset(2026, 11, 25, 8, 30, 15, 123, TimeSpan.Zero));

        var read = BsonSerializer.Deserialize<ExpenseDocument>(ExpenseDocument.From(expense).ToBsonDocument()).ToExpense();

        Assert.Equal(expense.Id, read.Id);
        Assert.Equal(expense.Date, read.Date);
        Assert.Equal(expense.Details, read.Details);
        Assert.Equal(expense.CreatedAt, read.CreatedAt);
    }

    [Fact]
    public void A_budget_amount_is_written_as_decimal128()
    {
        var document = new BudgetDocument { Id = ObjectId.GenerateNewId(), UserId = "alice", CategoryId = Food, Amount = 250.75m, Currency = "USD" }.ToBsonDocument();

        Assert.Equal(BsonType.Decimal128, document["amount"].BsonType);
        Assert.Equal(BsonBinarySubType.UuidStandard, document["categoryId"].AsBsonBinaryData.SubType);
    }

    [Fact]
    public void Filters_compare_amounts_ids_and_dates_in_the_stored_bson_types()
    {
        var filter = ExpenseQueries.List(
            "alice",
            new ExpenseFilter { MinAmount = 7.25m, CategoryId = Food, From = new DateOnly(2026, 3, 1) },
            ExpenseSort.DateDescending).Render().Filter;

        Assert.Equal(new BsonDecimal128(new Decimal128(7.25m)), filter["amount"]["$gte"]);
        Assert.Equal(new BsonBinaryData(Food, GuidRepresentation.Standard), filter["categoryId"]);
        Assert.Equal(new BsonDateTime(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc)), filter["date"]["$gte"]);
    }
}
