using ExpenseTracker.Domain;

namespace ExpenseTracker.Application.Archive;

/// <summary>
/// The database side of the archive protocol: (1) the blob is written, (2) <see cref="MarkPendingAsync"/>,
/// (3) <see cref="CompleteAsync"/> deletes the rows and points the month to the blob, in one transaction. A crash
/// after (2) is finished by the next run from <see cref="ListPendingAsync"/>.
/// </summary>
public interface IArchiveStore
{
    /// <summary>The (user, month) pairs with live expenses dated before <paramref name="before"/>, leaving out months the user restored.</summary>
    Task<IReadOnlyList<ArchiveCandidate>> FindCandidatesAsync(DateOnly before, CancellationToken cancellationToken);

    Task<IReadOnlyList<ArchivedMonth>> ListPendingAsync(CancellationToken cancellationToken);

    Task<ArchivedMonth?> FindAsync(string userId, YearMonth month, CancellationToken cancellationToken);

    /// <summary>The user's archived months (those with a completed archive), oldest first.</summary>
    Task<IReadOnlyList<ArchivedMonth>> ListAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The user's live expenses of the month, with their receipts, oldest first.</summary>
    Task<IReadOnlyList<ArchivedExpense>> LoadLiveMonthAsync(string userId, YearMonth month, CancellationToken cancellationToken);

    /// <summary>
    /// Records that <paramref name="pendingBlobName"/> holds the month's archive, taking <paramref name="liveRowCount"/>
    /// live rows; false (nothing changed) when the month's completed archive is no longer <paramref name="expectedBlobName"/>,
    /// it is already pending, or it was restored.
    /// </summary>
    Task<bool> MarkPendingAsync(string userId, YearMonth month, string? expectedBlobName, string pendingBlobName, long liveRowCount, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: deletes the live rows the pending blob holds (same id and version), and when exactly the
    /// expected number went, makes the pending blob the month's archive with its totals and receipts; otherwise
    /// rolls back and clears the pending mark.
    /// </summary>
    Task<ArchiveCompletion> CompleteAsync(ArchivedMonth pending, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken);

    /// <summary>Forgets a pending archive whose blob cannot be read.</summary>
    Task ClearPendingAsync(string userId, YearMonth month, string pendingBlobName, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: puts the archived expenses and their receipts back (a category deleted since becomes
    /// none), and marks the month restored; false (nothing changed) when its archive is no longer <paramref name="expectedBlobName"/>.
    /// </summary>
    Task<bool> RestoreAsync(string userId, YearMonth month, string expectedBlobName, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken);

    /// <summary>Which of the given archive blob names a month points to, completed or pending.</summary>
    Task<IReadOnlySet<string>> FindReferencedBlobsAsync(IReadOnlyCollection<string> blobNames, CancellationToken cancellationToken);
}
