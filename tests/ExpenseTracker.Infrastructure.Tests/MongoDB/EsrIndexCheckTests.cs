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

    private static RenderedQuery Query(BsonDocument filter, BsonDocument? sort, string collection = "expenses") => new(collection, filter, sort);

    private static RenderedIndex Index(BsonDocument keys, string collection = "expenses", bool unique = false) =>
        new(collection, "index", keys, unique, null);
}
