using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.Tests.MongoDB;

/// <summary>
/// Needs no server: every query and pipeline the adapter builds, rendered to BSON, against the index definitions it
/// creates at start, judged by <see cref="EsrIndexCheck"/>. A filter without an index fails here.
/// </summary>
public sealed class QueryIndexTests
{
    private static readonly IReadOnlyList<RenderedIndex> Indexes = MongoIndexes.All.SelectMany(set => set.Render()).ToList();

    [Fact]
    public void Every_query_the_adapter_runs_has_an_index_that_follows_equality_sort_range()
    {
        var unserved = AdapterQueries.All
            .Select(built => (built.Builder, Reason: EsrIndexCheck.Unserved(built.Query, Indexes)))
            .Where(result => result.Reason is not null)
            .Select(result => $"{result.Builder}: {result.Reason}")
            .Distinct()
            .ToList();

        Assert.True(unserved.Count == 0, string.Join(Environment.NewLine, unserved));
    }

    [Fact]
    public void The_check_sees_every_query_builder_and_every_shape_of_the_list()
    {
        var builders = AdapterQueries.Builders.Select(method => $"{method.DeclaringType!.Name}.{method.Name}").ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "ExpenseQueries.ById", "ExpenseQueries.AtVersion", "ExpenseQueries.List", "CategoryQueries.OfUser",
                "CategoryQueries.ById", "CategoryQueries.Using", "BudgetQueries.OfUser", "BudgetQueries.OfCategory",
                "UserQueries.ById", "IdempotencyQueries.MadeSince", "IdempotencyQueries.MadeBefore",
                "ReportPipelines.Monthly", "ReportPipelines.Trend",
            },
            builders);
        Assert.Equal(256 * 4, AdapterQueries.All.Count(built => built.Builder == "ExpenseQueries.List"));
    }

    [Fact]
    public void Every_index_is_needed_by_a_query_so_leaving_one_out_is_caught()
    {
        foreach (var index in Indexes.Where(index => index.ExpireAfter is null))
        {
            var others = Indexes.Where(other => other != index).ToList();
            Assert.True(
                AdapterQueries.All.Any(built => EsrIndexCheck.Unserved(built.Query, others) is not null),
                $"Without {index.Collection}.{index.Name} {index.Keys} every query is still served: the index is not needed.");
        }
    }

    [Fact]
    public void Idempotency_records_expire_through_a_ttl_index_on_their_expiry()
    {
        var ttl = Assert.Single(Indexes, index => index.ExpireAfter is not null);

        Assert.Equal("idempotencyKeys", ttl.Collection);
        Assert.Equal(new BsonDocument("expiresAt", 1), ttl.Keys);
        Assert.Equal(TimeSpan.Zero, ttl.ExpireAfter);
    }

    [Fact]
    public void Names_are_unique_per_user_through_unique_indexes()
    {
        Assert.Contains(Indexes, index => index is { Collection: "categories", Unique: true } && index.Keys == new BsonDocument { { "userId", 1 }, { "nameKey", 1 } });
        Assert.Contains(Indexes, index => index is { Collection: "budgets", Unique: true } && index.Keys == new BsonDocument { { "userId", 1 }, { "categoryId", 1 } });
        Assert.Contains(Indexes, index => index is { Collection: "idempotencyKeys", Unique: true } && index.Keys == new BsonDocument { { "userId", 1 }, { "key", 1 } });
    }

    [Fact]
    public void Pipelines_start_with_the_match_that_the_index_serves_and_sum_in_the_server()
    {
        foreach (var pipeline in AdapterQueries.All.Where(built => built.Query.Pipeline is not null))
        {
            var stages = pipeline.Query.Pipeline!;
            Assert.Equal("$match", stages[0].GetElement(0).Name);
            Assert.Contains("\"$sum\" : \"$amount\"", stages.Last().ToString(), StringComparison.Ordinal);
        }
    }
}
