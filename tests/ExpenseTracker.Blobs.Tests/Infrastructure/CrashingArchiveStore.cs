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
public sealed class CrashingArchiveStore(IArchiveStore inner, string userId, CrashPoint crashPoint) : ArchiveStoreDecorator(inner)
{
    public override Task<bool> MarkPendingAsync(string userId, YearMonth month, string? expectedBlobName, string pendingBlobName, long liveRowCount, CancellationToken cancellationToken) =>
        Crashes(userId, CrashPoint.BeforeMarkingPending)
            ? throw new IOException("Power cut before the month was marked.")
            : base.MarkPendingAsync(userId, month, expectedBlobName, pendingBlobName, liveRowCount, cancellationToken);

    public override Task<ArchiveCompletion> CompleteAsync(ArchivedMonth pending, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken) =>
        Crashes(pending.UserId, CrashPoint.BeforeDeletingRows)
            ? throw new IOException("Power cut before the rows were deleted.")
            : base.CompleteAsync(pending, content, cancellationToken);

    private bool Crashes(string user, CrashPoint point) => user == userId && point == crashPoint;
}
