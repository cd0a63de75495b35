using ExpenseTracker.Infrastructure.MongoDB;
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
                "ReportPipelines.Monthly", "ReportPipelines.Trend", "ExpenseQueries.OnDays", "ExpenseQueries.Among",
                "OutboxQueries.Claimable", "OutboxQueries.StillClaimable", "OutboxQueries.HeldAmong", "OutboxQueries.HeldBy",
                "OutboxQueries.ByIds", "OutboxQueries.Pending", "RecurringQueries.OfUser", "RecurringQueries.ById",
                "RecurringQueries.AtVersion", "RecurringQueries.Due", "RecurringQueries.OccurrencesOf", "NotificationQueries.OfUser",
                "NotificationQueries.ById", "NotificationQueries.UnreadById", "NotificationQueries.BudgetAlert",
                "MessagingQueries.Processed", "MessagingQueries.DeadLettersOldestFirst", "MessagingQueries.DeadLetter",
                "ReceiptQueries.ById", "ReceiptQueries.OfExpenses", "ReceiptQueries.Among", "ArchiveQueries.Month",
                "ArchiveQueries.Archived", "ArchiveQueries.ArchivedBetween", "ArchiveQueries.Pending", "ArchiveQueries.Markable",
                "ArchiveQueries.PendingAs", "ArchiveQueries.Forgettable", "ArchiveQueries.RestoredOf", "ArchiveQueries.CompletedAs",
                "ArchiveQueries.PendingAsAny", "ArchiveQueries.ReceiptsOf", "ArchiveQueries.ReceiptsAmong", "ArchiveQueries.Candidates",
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
    public void The_server_forgets_expired_idempotency_records_sent_messages_and_old_processed_records_through_ttl_indexes()
    {
        var ttls = Indexes.Where(index => index.ExpireAfter is not null).Select(index => (index.Collection, index.Keys.ToString(), index.ExpireAfter)).ToList();

        Assert.Equal(
            [
                ("idempotencyKeys", """{ "expiresAt" : 1 }""", TimeSpan.Zero),
                ("outbox", """{ "sentAt" : 1 }""", TimeSpan.FromDays(7)),
                ("processedMessages", """{ "processedAt" : 1 }""", TimeSpan.FromDays(30)),
            ],
            ttls.Select(ttl => (ttl.Collection, ttl.Item2, ttl.ExpireAfter!.Value)).OrderBy(ttl => ttl.Collection, StringComparer.Ordinal));
    }

    [Fact]
    public void Names_are_unique_per_user_through_unique_indexes()
    {
        Assert.Contains(Indexes, index => index is { Collection: "categories", Unique: true } && index.Keys == new BsonDocument { { "userId", 1 }, { "nameKey", 1 } });
        Assert.Contains(Indexes, index => index is { Collection: "budgets", Unique: true } && index.Keys == new BsonDocument { { "userId", 1 }, { "categoryId", 1 } });
        Assert.Contains(Indexes, index => index is { Collection: "idempotencyKeys", Unique: true } && index.Keys == new BsonDocument { { "userId", 1 }, { "key", 1 } });
    }

    [Fact]
    public void What_must_happen_once_is_guarded_by_a_unique_index()
    {
        Assert.Contains(Indexes, index => index is { Collection: "recurringOccurrences", Unique: true } && index.Keys == new BsonDocument { { "ruleId", 1 }, { "date", 1 } });
        Assert.Contains(Indexes, index => index is { Collection: "processedMessages", Unique: true } && index.Keys == new BsonDocument { { "consumer", 1 }, { "messageId", 1 } });
        Assert.Contains(Indexes, index => index is { Collection: "archivedMonths", Unique: true } && index.Keys == new BsonDocument { { "userId", 1 }, { "month", 1 } });
        Assert.Contains(Indexes, index =>
            index is { Collection: "notifications", Unique: true }
            && index.Keys == new BsonDocument { { "userId", 1 }, { "categoryId", 1 }, { "month", 1 }, { "threshold", 1 } }
            && index.PartialFilter == new BsonDocument("kind", "budget.threshold"));
    }

    [Fact]
    public void Every_collection_queried_or_indexed_is_created_at_start_and_recurring_rules_hold_on_to_their_category()
    {
        Assert.Superset(AdapterQueries.All.Select(built => built.Query.Collection).Concat(Indexes.Select(index => index.Collection)).ToHashSet(), MongoCollectionNames.All.ToHashSet());
        Assert.Equal(["expenses", "recurringRules"], CategoryQueries.Referencing);
    }

    [Fact]
    public void Pipelines_start_with_the_match_that_the_index_serves_and_sum_in_the_server()
    {
        foreach (var pipeline in AdapterQueries.All.Where(built => built.Builder.StartsWith("ReportPipelines.", StringComparison.Ordinal)))
        {
            var stages = pipeline.Query.Pipeline!;
            Assert.Equal("$match", stages[0].GetElement(0).Name);
            Assert.Contains("\"$sum\" : \"$amount\"", stages.Last().ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_archive_jobs_look_for_old_expenses_reads_only_what_its_index_holds()
    {
        var candidates = ArchiveQueries.Candidates(new DateOnly(2024, 1, 1)).Render();
        var index = Assert.Single(Indexes, index => index.Collection == "expenses" && index.Name == "date_user");

        Assert.Equal(BsonDocument.Parse("""{ "date" : { "$lt" : ISODate("2024-01-01") } }"""), candidates.Filter);
        var read = candidates.Pipeline!.Skip(1).SelectMany(stage => Fields(stage)).ToHashSet();
        Assert.Subset(index.Keys.Names.ToHashSet(), read);
    }

    /// <summary>The document fields a stage reads (<c>"$field"</c> strings).</summary>
    private static IEnumerable<string> Fields(BsonValue value) => value switch
    {
        BsonString { Value: ['$', not '$', ..] } field => [field.Value[1..]],
        BsonDocument document => document.Values.SelectMany(Fields),
        BsonArray array => array.SelectMany(Fields),
        _ => [],
    };
}
