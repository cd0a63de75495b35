using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Domain.Budgets;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Infrastructure.MongoDB;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using ExpenseTracker.Infrastructure.Tests.Adapters;
using ExpenseTracker.Infrastructure.Tests.Contracts;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.Tests.MongoDB;

/// <summary>What the MongoDB server holds after the adapter wrote it: skipped, with the reason, where no server can be had.</summary>
public sealed class MongoServerTests(MongoStores store) : StoreContract(store)
{
    private IMongoDatabase Database => Store.Port<MongoStore>().Database;

    [Fact]
    public async Task Money_is_stored_as_decimal128_dates_as_bson_dates_and_ids_as_standard_uuids()
    {
        var category = await CategoryAsync("Food");
        var expense = Samples.Expense(UserId, 123456789012.345m, "BHD", new DateOnly(2026, 3, 15), category);
        await Store.Port<IExpenseStore>().AddAsync(expense, Samples.Created(expense), null, Token);
        await Store.Port<IBudgetStore>().SetAsync(new Budget(UserId, category, Money.Of(0.10m, Currency.Of("EUR"))), Samples.BudgetSet(UserId, category), Token);

        var stored = await Database.GetCollection<BsonDocument>("expenses").Find(new BsonDocument("userId", UserId)).SingleAsync(Token);
        var budget = await Database.GetCollection<BsonDocument>("budgets").Find(new BsonDocument("userId", UserId)).SingleAsync(Token);

        Assert.Equal(BsonType.Decimal128, stored["amount"].BsonType);
        Assert.Equal(Decimal128.Parse("123456789012.345"), stored["amount"].AsDecimal128);
        Assert.Equal(BsonType.DateTime, stored["date"].BsonType);
        Assert.Equal(BsonBinarySubType.UuidStandard, stored["_id"].AsBsonBinaryData.SubType);
        Assert.Equal(BsonType.Decimal128, budget["amount"].BsonType);
        Assert.Equal(Decimal128.Parse("0.10"), budget["amount"].AsDecimal128);
    }

    [Fact]
    public async Task Every_index_is_in_place_after_start_with_its_options()
    {
        foreach (var expected in MongoIndexes.All.SelectMany(set => set.Render()))
        {
            using var cursor = await Database.GetCollection<BsonDocument>(expected.Collection).Indexes.ListAsync(Token);
            var actual = (await cursor.ToListAsync(Token)).SingleOrDefault(index => index["name"] == expected.Name);

            Assert.True(actual is not null, $"{expected.Collection}.{expected.Name} is missing");
            Assert.Equal(expected.Keys, actual["key"].AsBsonDocument);
            Assert.Equal(expected.Unique, actual.GetValue("unique", false).ToBoolean());
            Assert.Equal(expected.ExpireAfter?.TotalSeconds, actual.TryGetValue("expireAfterSeconds", out var ttl) ? ttl.ToDouble() : null);
            Assert.Equal(expected.PartialFilter, actual.TryGetValue("partialFilterExpression", out var partial) ? partial.AsBsonDocument : null);
        }
    }
}
