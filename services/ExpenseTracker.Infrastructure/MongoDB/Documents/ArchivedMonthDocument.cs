using ExpenseTracker.Application.Archive;
using ExpenseTracker.Domain;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>
/// A user's month in the archive protocol, in the <c>archivedMonths</c> collection (unique per user and month, the
/// month written yyyy-MM). <see cref="Totals"/> are the sums of its completed archive, kept here so that reports still
/// count its expenses; they change in the same single-document write as <see cref="BlobName"/>.
/// </summary>
internal sealed class ArchivedMonthDocument
{
    public ObjectId Id { get; set; }
    public string UserId { get; set; } = "";
    public string Month { get; set; } = "";
    public string? BlobName { get; set; }
    public long ExpenseCount { get; set; }
    public DateTime? ArchivedAt { get; set; }
    public string? PendingBlobName { get; set; }
    public long PendingRowCount { get; set; }
    public DateTime? RestoredAt { get; set; }
    public ArchivedTotalDocument[] Totals { get; set; } = [];

    public ArchivedMonth ToArchivedMonth() => new(
        UserId,
        YearMonth.Parse(Month),
        BlobName,
        ExpenseCount,
        ArchivedAt is { } archivedAt ? MongoTime.ToOffset(archivedAt) : null,
        PendingBlobName,
        PendingRowCount,
        RestoredAt is { } restoredAt ? MongoTime.ToOffset(restoredAt) : null);
}

/// <summary>The sum and count of an archived month's expenses of one category (null: none) in one currency.</summary>
internal sealed class ArchivedTotalDocument
{
    public Guid? CategoryId { get; set; }
    public string Currency { get; set; } = "";
    public decimal Amount { get; set; }
    public long Count { get; set; }

    public static ArchivedTotalDocument From(ArchivedTotal total) => new()
    {
        CategoryId = total.CategoryId,
        Currency = total.Currency,
        Amount = Domain.Currencies.Money.FromMinorUnits(total.AmountMinor, Domain.Currencies.Currency.Of(total.Currency)).Amount,
        Count = total.Count,
    };
}
