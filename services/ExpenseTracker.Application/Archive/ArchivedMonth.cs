using ExpenseTracker.Domain;

namespace ExpenseTracker.Application.Archive;

/// <summary>
/// A user's month in the archive protocol. <see cref="BlobName"/> is the completed archive (null before the first
/// completes, and after a restore); <see cref="PendingBlobName"/> is an archive written and announced but whose
/// rows are not deleted yet, with the number of live rows it took.
/// </summary>
public sealed record ArchivedMonth(
    string UserId,
    YearMonth Month,
    string? BlobName,
    long ExpenseCount,
    DateTimeOffset? ArchivedAt,
    string? PendingBlobName,
    long PendingRowCount,
    DateTimeOffset? RestoredAt);

/// <summary>A (user, month) that has live expenses old enough to archive.</summary>
public sealed record ArchiveCandidate(string UserId, YearMonth Month);

/// <summary>A month's sums as the archive keeps them for reports.</summary>
public sealed record ArchivedTotal(Guid? CategoryId, string Currency, long AmountMinor, long Count)
{
    public static IReadOnlyList<ArchivedTotal> Of(IEnumerable<ArchivedExpense> expenses) =>
        expenses
            .GroupBy(expense => (expense.CategoryId, expense.Currency))
            .Select(group => new ArchivedTotal(group.Key.CategoryId, group.Key.Currency, group.Sum(expense => expense.AmountMinor), group.LongCount()))
            .ToList();
}

public enum ArchiveCompletion
{
    /// <summary>The rows are deleted and the month points to the new blob.</summary>
    Completed,

    /// <summary>Rows changed since the blob was written: nothing was deleted, the pending mark is gone, the month is done again later.</summary>
    Stale,

    /// <summary>Another run finished or replaced this pending archive meanwhile: nothing was changed, and its blob is not ours to delete.</summary>
    Superseded,
}
