using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.Tests.MongoDB;

/// <summary>The judge of <see cref="QueryIndexTests"/> refuses the index mistakes it is there to catch.</summary>
public sealed class EsrIndexCheckTests
{
    private static readonly BsonDocument ByDateDescending = new() { { "date", -1 }, { "_id", -1 } };

    [Fact]
    public void An_index_with_the_equality_then_the_sort_serves_the_list_either_way()
    {
        var index = Index(new BsonDocument { { "userId", 1 }, { "date", -1 }, { "_id", -1 } });

        Assert.Null(EsrIndexCheck.Unserved(Query(new BsonDocument("userId", "u"), ByDateDescending), [index]));
        Assert.Null(EsrIndexCheck.Unserved(Query(new BsonDocument("userId", "u"), new BsonDocument { { "date", 1 }, { "_id", 1 } }), [index]));
    }

    [Fact]
    public void A_sort_in_mixed_directions_or_after_a_range_key_is_refused()
    {
        var rangeFirst = Index(new BsonDocument { { "userId", 1 }, { "amount", 1 }, { "date", -1 }, { "_id", -1 } });
        var filter = new BsonDocument { { "userId", "u" }, { "amount", new BsonDocument("$gte", 5) } };

        Assert.NotNull(EsrIndexCheck.Unserved(Query(filter, ByDateDescending), [rangeFirst]));
        Assert.NotNull(EsrIndexCheck.Unserved(
            Query(new BsonDocument("userId", "u"), new BsonDocument { { "date", 1 }, { "_id", -1 } }),
            [Index(new BsonDocument { { "userId", 1 }, { "date", -1 }, { "_id", -1 } })]));
    }

    [Fact]
    public void A_category_filter_needs_an_index_on_the_category()
    {
        var byDate = Index(new BsonDocument { { "userId", 1 }, { "date", -1 }, { "_id", -1 } });
        var filter = new BsonDocument { { "userId", "u" }, { "categoryId", "c" } };

        Assert.NotNull(EsrIndexCheck.Unserved(Query(filter, ByDateDescending), [byDate]));
        Assert.Null(EsrIndexCheck.Unserved(
            Query(filter, ByDateDescending),
            [byDate, Index(new BsonDocument { { "userId", 1 }, { "categoryId", 1 }, { "date", -1 }, { "_id", -1 } })]));
    }

    [Fact]
    public void An_unsorted_range_needs_its_field_right_after_the_equality()
    {
        var filter = new BsonDocument { { "userId", "u" }, { "date", new BsonDocument { { "$gte", 1 }, { "$lte", 2 } } } };

        Assert.NotNull(EsrIndexCheck.Unserved(Query(filter, null), [Index(new BsonDocument { { "userId", 1 }, { "amount", 1 } })]));
        Assert.Null(EsrIndexCheck.Unserved(Query(filter, null), [Index(new BsonDocument { { "userId", 1 }, { "date", -1 } })]));
    }

    [Fact]
    public void A_unique_index_serves_an_exact_match_on_all_its_keys()
    {
        var filter = new BsonDocument { { "userId", "u" }, { "nameKey", "FOOD" }, { "_id", new BsonDocument("$ne", 1) } };

        Assert.Null(EsrIndexCheck.Unserved(Query(filter, null, "categories"), [Index(new BsonDocument { { "userId", 1 }, { "nameKey", 1 } }, "categories", unique: true)]));
        Assert.NotNull(EsrIndexCheck.Unserved(Query(filter, null, "categories"), []));
    }

    [Fact]
    public void An_in_is_an_equality()
    {
        var filter = new BsonDocument { { "userId", "u" }, { "expenseId", new BsonDocument("$in", new BsonArray { 1, 2 }) } };
        var sort = new BsonDocument { { "createdAt", 1 }, { "_id", 1 } };

        Assert.Null(EsrIndexCheck.Unserved(Query(filter, sort, "receipts"), [Index(new BsonDocument { { "userId", 1 }, { "expenseId", 1 }, { "createdAt", 1 }, { "_id", 1 } }, "receipts")]));
        Assert.NotNull(EsrIndexCheck.Unserved(Query(filter, sort, "receipts"), [Index(new BsonDocument { { "userId", 1 }, { "createdAt", 1 }, { "_id", 1 } }, "receipts")]));
        Assert.Null(EsrIndexCheck.Unserved(Query(new BsonDocument("_id", new BsonDocument("$in", new BsonArray { 1, 2 })), null, "receipts"), []));
    }

    [Fact]
    public void A_query_of_every_users_data_must_sort_or_bound_by_the_first_keys_and_one_that_only_filters_reads_everything()
    {
        var due = Query(new BsonDocument("nextOccurrence", new BsonDocument("$lte", 5)), new BsonDocument { { "nextOccurrence", 1 }, { "_id", 1 } }, "recurringRules");
        var old = Query(new BsonDocument("date", new BsonDocument("$lt", 5)), null);
        var unseekable = Query(new BsonDocument("restoredAt", new BsonDocument("$ne", BsonNull.Value)), null, "archivedMonths");

        Assert.Null(EsrIndexCheck.Unserved(due, [Index(new BsonDocument { { "nextOccurrence", 1 }, { "_id", 1 } }, "recurringRules")]));
        Assert.NotNull(EsrIndexCheck.Unserved(due, [Index(new BsonDocument { { "userId", 1 }, { "nextOccurrence", 1 }, { "_id", 1 } }, "recurringRules")]));
        Assert.Null(EsrIndexCheck.Unserved(old, [Index(new BsonDocument { { "date", 1 }, { "userId", 1 } })]));
        Assert.NotNull(EsrIndexCheck.Unserved(old, [Index(new BsonDocument { { "userId", 1 }, { "date", -1 } })]));
        Assert.NotNull(EsrIndexCheck.Unserved(unseekable, [Index(new BsonDocument("restoredAt", 1), "archivedMonths")]));
    }

    [Fact]
    public void A_partial_index_serves_only_queries_that_ask_for_what_it_holds()
    {
        var alert = new BsonDocument { { "userId", "u" }, { "categoryId", "c" }, { "month", "2026-03" }, { "threshold", 80 } };
        var keys = new BsonDocument { { "userId", 1 }, { "categoryId", 1 }, { "month", 1 }, { "threshold", 1 } };
        var partial = new RenderedIndex("notifications", "budget_alert", keys, Unique: true, ExpireAfter: null, PartialFilter: new BsonDocument("kind", "budget.threshold"));

        Assert.NotNull(EsrIndexCheck.Unserved(Query(alert, null, "notifications"), [partial]));
        Assert.Null(EsrIndexCheck.Unserved(Query(new BsonDocument(alert) { { "kind", "budget.threshold" } }, null, "notifications"), [partial]));
        Assert.NotNull(EsrIndexCheck.Unserved(Query(new BsonDocument(alert) { { "kind", "other" } }, null, "notifications"), [partial]));
    }

    private static RenderedQuery Query(BsonDocument filter, BsonDocument? sort, string collection = "expenses") => new(collection, filter, sort);

    private static RenderedIndex Index(BsonDocument keys, string collection = "expenses", bool unique = false) =>
        new(collection, "index", keys, unique, null);
}
