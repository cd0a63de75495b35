using ExpenseTracker.Domain;
using ExpenseTracker.Infrastructure.MongoDB;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.Tests.MongoDB;

/// <summary>Needs no server: the report pipelines as the server receives them, and how their results are read.</summary>
public sealed class ReportPipelineTests
{
    private static readonly Guid Food = Guid.Parse("0195f1a2-3b4c-7d5e-8f60-718293a4b5c6");

    [Fact]
    public void The_monthly_pipeline_matches_the_users_month_and_sums_per_category_and_per_currency_in_the_server()
    {
        var stages = ReportPipelines.Monthly("alice", new YearMonth(2026, 2)).Render().Pipeline!;

        Assert.Equal(
            BsonDocument.Parse("""{ "$match" : { "userId" : "alice", "date" : { "$gte" : ISODate("2026-02-01"), "$lte" : ISODate("2026-02-28") } } }"""),
            stages[0]);
        Assert.Equal(
            BsonDocument.Parse("""
                { "$facet" : {
                    "byCategory" : [{ "$group" : { "_id" : { "categoryId" : "$categoryId", "currency" : "$currency" }, "amount" : { "$sum" : "$amount" } } }],
                    "totals" : [{ "$group" : { "_id" : "$currency", "amount" : { "$sum" : "$amount" }, "count" : { "$sum" : 1 } } }]
                } }
                """),
            stages[1]);
    }

    [Fact]
    public void The_trend_pipeline_matches_the_whole_range_and_sums_per_month_and_currency_in_the_server()
    {
        var stages = ReportPipelines.Trend("alice", new YearMonth(2025, 12), new YearMonth(2026, 2)).Render().Pipeline!;

        Assert.Equal(
            BsonDocument.Parse("""{ "$match" : { "userId" : "alice", "date" : { "$gte" : ISODate("2025-12-01"), "$lte" : ISODate("2026-02-28") } } }"""),
            stages[0]);
        Assert.Equal(
            BsonDocument.Parse("""
                { "$group" : {
                    "_id" : { "year" : { "$year" : "$date" }, "month" : { "$month" : "$date" }, "currency" : "$currency" },
                    "amount" : { "$sum" : "$amount" }
                } }
                """),
            stages[1]);
    }

    [Fact]
    public void A_monthly_result_reads_as_exact_sums_with_uncategorised_spending_apart()
    {
        var facets = new BsonDocument
        {
            {
                "byCategory", new BsonArray
                {
                    Row(new BsonDocument { { "categoryId", new BsonBinaryData(Food, GuidRepresentation.Standard) }, { "currency", "EUR" } }, "10.10"),
                    Row(new BsonDocument { { "categoryId", BsonNull.Value }, { "currency", "EUR" } }, "0.20"),
                    Row(new BsonDocument { { "categoryId", new BsonBinaryData(Food, GuidRepresentation.Standard) }, { "currency", "JPY" } }, "1200"),
                }
            },
            { "totals", new BsonArray { Row("EUR", "10.30").Add("count", 3), Row("JPY", "1200").Add("count", 1L) } },
        };

        var month = ReportRows.Monthly(facets);

        Assert.Equal(4, month.Count);
        Assert.Equal(["10.30 EUR", "1200 JPY"], month.Totals.Select(total => total.ToString()));
        Assert.Equal([$"{Food} 10.10 EUR", " 0.20 EUR", $"{Food} 1200 JPY"], month.ByCategory.Select(row => $"{row.CategoryId} {row.Amount}"));
    }

    [Fact]
    public void No_result_document_reads_as_an_empty_month()
    {
        var month = ReportRows.Monthly(null);

        Assert.Equal(0, month.Count);
        Assert.Empty(month.Totals);
    }

    [Fact]
    public void Trend_results_read_as_months_with_exact_sums()
    {
        var rows = new[]
        {
            Row(new BsonDocument { { "year", 2026 }, { "month", 1 }, { "currency", "EUR" } }, "5.00"),
            Row(new BsonDocument { { "year", 2026 }, { "month", 3 }, { "currency", "BHD" } }, "1.005"),
        };

        Assert.Equal(["2026-01 5.00 EUR", "2026-03 1.005 BHD"], ReportRows.Trend(rows).Select(row => $"{row.Month} {row.Amount}"));
    }

    private static BsonDocument Row(BsonValue id, string sum) => new() { { "_id", id }, { "amount", Decimal128.Parse(sum) } };
}
