using ExpenseTracker.Application.Archive;
using ExpenseTracker.Domain;

namespace ExpenseTracker.Blobs.Tests.Infrastructure;

/// <summary>Where an archive run dies, for one user: as a process killed at that point would leave things.</summary>
public enum CrashPoint
{
    /// <summary>The blob is written, the month not yet marked pending.</summary>
    BeforeMarkingPending,

    /// <summary>The blob is written and the month marked pending; its rows are not deleted yet.</summary>
    BeforeDeletingRows,
}

/// <summary>The real archive store, except that it fails at <paramref name="crashPoint"/> for <paramref name="userId"/>.</summary>
public sealed class CrashingArchiveStore(IArchiveStore inner, string userId, CrashPoint crashPoint) : IArchiveStore
{
    public Task<IReadOnlyList<ArchiveCandidate>> FindCandidatesAsync(DateOnly before, CancellationToken cancellationToken) =>
        inner.FindCandidatesAsync(before, cancellationToken);

    public Task<IReadOnlyList<ArchivedMonth>> ListPendingAsync(CancellationToken cancellationToken) => inner.ListPendingAsync(cancellationToken);

    public Task<ArchivedMonth?> FindAsync(string userId, YearMonth month, CancellationToken cancellationToken) => inner.FindAsync(userId, month, cancellationToken);

    public Task<IReadOnlyList<ArchivedMonth>> ListAsync(string userId, CancellationToken cancellationToken) => inner.ListAsync(userId, cancellationToken);

    public Task<IReadOnlyList<ArchivedExpense>> LoadLiveMonthAsync(string userId, YearMonth month, CancellationToken cancellationToken) =>
        inner.LoadLiveMonthAsync(userId, month, cancellationToken);

    public Task<bool> MarkPendingAsync(string userId, YearMonth month, string? expectedBlobName, string pendingBlobName, long liveRowCount, CancellationToken cancellationToken) =>
        Crashes(userId, CrashPoint.BeforeMarkingPending)
            ? throw new IOException("Power cut before the month was marked.")
            : inner.MarkPendingAsync(userId, month, expectedBlobName, pendingBlobName, liveRowCount, cancellationToken);

    public Task<ArchiveCompletion> CompleteAsync(ArchivedMonth pending, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken) =>
        Crashes(pending.UserId, CrashPoint.BeforeDeletingRows)
            ? throw new IOException("Power cut before the rows were deleted.")
            : inner.CompleteAsync(pending, content, cancellationToken);

    public Task ClearPendingAsync(string userId, YearMonth month, string pendingBlobName, CancellationToken cancellationToken) =>
        inner.ClearPendingAsync(userId, month, pendingBlobName, cancellationToken);

    public Task<bool> RestoreAsync(string userId, YearMonth month, string expectedBlobName, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken) =>
        inner.RestoreAsync(userId, month, expectedBlobName, content, cancellationToken);

    public Task<IReadOnlySet<string>> FindReferencedBlobsAsync(IReadOnlyCollection<string> blobNames, CancellationToken cancellationToken) =>
        inner.FindReferencedBlobsAsync(blobNames, cancellationToken);

    private bool Crashes(string user, CrashPoint point) => user == userId && point == crashPoint;
}
