using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Notifications;
using ExpenseTracker.Domain.Recurring;
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

    [Fact]
    public void A_recurring_rule_keeps_its_template_flat_with_exact_money_and_calendar_dates_and_reads_back_unchanged()
    {
        var rule = RecurringRule.Create(
            "alice",
            new ExpenseDetails(Money.Of(1.005m, Currency.Of("BHD")), Food, "Gym", null, ["Health"], "card"),
            new Schedule(Frequency.Monthly, 1, new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28)),
            DateTimeOffset.UtcNow);
        rule.MarkCreated(0);
        rule.MarkCreated(1);

        var document = RecurringRuleDocument.From(rule, DateTimeOffset.UtcNow).ToBsonDocument();
        var read = BsonSerializer.Deserialize<RecurringRuleDocument>(document).ToRule();

        Assert.Equal(BsonType.Decimal128, document["amount"].BsonType);
        Assert.Equal(new BsonBinaryData(Food, GuidRepresentation.Standard), document["categoryId"]);
        Assert.Equal(new BsonDateTime(new DateTime(2026, 1, 31, 0, 0, 0, DateTimeKind.Utc)), document["startDate"]);
        Assert.Equal(BsonNull.Value, document["nextOccurrence"]);
        Assert.Equal("monthly", document["frequency"].AsString);
        Assert.Equal(BsonType.Int64, document["version"].BsonType);
        Assert.Equal((rule.Template, rule.Schedule, 2L, 3L), (read.Template, read.Schedule, read.OccurrencesCreated, read.Version));
    }

    [Fact]
    public void An_outbox_message_is_ordered_by_an_object_id_and_claimed_with_a_bson_date()
    {
        var message = new OutboxMessage(Guid.CreateVersion7(), "ExpenseCreated", "{}", new DateTimeOffset(2026, 3, 15, 8, 0, 0, TimeSpan.Zero), "alice", null);
        var first = OutboxDocument.From(message);
        var second = OutboxDocument.From(message with { Id = Guid.CreateVersion7() });
        first.ClaimedUntil = new DateTime(2026, 3, 15, 8, 0, 30, DateTimeKind.Utc);

        var document = first.ToBsonDocument();

        Assert.Equal(BsonType.ObjectId, document["seq"].BsonType);
        Assert.True(second.Seq > first.Seq);
        Assert.Equal(new BsonDateTime(new DateTime(2026, 3, 15, 8, 0, 30, DateTimeKind.Utc)), document["claimedUntil"]);
        Assert.Equal(BsonNull.Value, document["sentAt"]);
        Assert.Equal(message, BsonSerializer.Deserialize<OutboxDocument>(document).ToMessage());
    }

    [Fact]
    public void An_archived_months_sums_are_exact_decimal128_per_category_and_currency()
    {
        var total = ArchivedTotalDocument.From(new ArchivedTotal(Food, "JPY", 1200, 3));
        var month = new ArchivedMonthDocument { Id = ObjectId.GenerateNewId(), UserId = "alice", Month = "2024-03", Totals = [total] }.ToBsonDocument();

        var stored = month["totals"][0].AsBsonDocument;
        Assert.Equal(BsonType.Decimal128, stored["amount"].BsonType);
        Assert.Equal(1200m, Decimal128.ToDecimal(stored["amount"].AsDecimal128));
        Assert.Equal(new BsonBinaryData(Food, GuidRepresentation.Standard), stored["categoryId"]);
        Assert.Equal(3L, stored["count"].AsInt64);
        Assert.Equal("2024-03", month["month"].AsString);
    }

    [Fact]
    public void A_budget_alert_is_stored_with_what_makes_it_unique()
    {
        var alert = Notification.BudgetThresholdCrossed(
            "alice", Food, "Food", "2026-03", 80, Money.Of(80m, Currency.Of("EUR")), Money.Of(100m, Currency.Of("EUR")), DateTimeOffset.UtcNow);

        var document = NotificationDocument.From(alert).ToBsonDocument();

        Assert.Equal("budget.threshold", document["kind"].AsString);
        Assert.Equal(new BsonBinaryData(Food, GuidRepresentation.Standard), document["categoryId"]);
        Assert.Equal("2026-03", document["month"].AsString);
        Assert.Equal(80, document["threshold"].AsInt32);
        Assert.Equal(BsonNull.Value, document["readAt"]);
        Assert.Equal(alert.Title, BsonSerializer.Deserialize<NotificationDocument>(document).ToNotification().Title);
    }
}
