using ExpenseTracker.Application.Reports;
using ExpenseTracker.Domain;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>Reads the documents that <see cref="ReportPipelines"/> produce.</summary>
internal static class ReportRows
{
    public static MonthlySpending Monthly(BsonDocument? facets)
    {
        if (facets is null)
        {
            return MonthlySpending.Empty;
        }

        var totals = facets[ReportPipelines.Totals].AsBsonArray.Select(row => row.AsBsonDocument).ToList();
        var byCategory = facets[ReportPipelines.ByCategory].AsBsonArray
            .Select(row => row.AsBsonDocument)
            .Select(row => new CategorySpent(
                OptionalId(row["_id"]["categoryId"]),
                Money(row[ReportPipelines.Sum], row["_id"]["currency"].AsString)))
            .ToList();
        return new MonthlySpending(
            totals.Select(row => Money(row[ReportPipelines.Sum], row["_id"].AsString)).ToList(),
            totals.Sum(row => row[ReportPipelines.Count].ToInt64()),
            byCategory);
    }

    public static IReadOnlyList<MonthSpent> Trend(IEnumerable<BsonDocument> months) =>
        months
            .Select(row => new MonthSpent(
                new YearMonth(row["_id"]["year"].ToInt32(), row["_id"]["month"].ToInt32()),
                Money(row[ReportPipelines.Sum], row["_id"]["currency"].AsString)))
            .ToList();

    private static Money Money(BsonValue sum, string currency) =>
        Domain.Currencies.Money.Of(Decimal128.ToDecimal(sum.AsDecimal128), Currency.Of(currency));

    private static Guid? OptionalId(BsonValue value) => value.IsBsonNull ? null : value.AsBsonBinaryData.ToGuid();
}
