using ExpenseTracker.Application.Archive;
using ExpenseTracker.Domain;

namespace ExpenseTracker.Testing;

/// <summary>The real archive store, passed through: a test overrides only the calls it changes (a crash, one user's months).</summary>
public abstract class ArchiveStoreDecorator(IArchiveStore inner) : IArchiveStore
{
    public virtual Task<IReadOnlyList<ArchiveCandidate>> FindCandidatesAsync(DateOnly before, CancellationToken cancellationToken) =>
        inner.FindCandidatesAsync(before, cancellationToken);

    public virtual Task<IReadOnlyList<ArchivedMonth>> ListPendingAsync(CancellationToken cancellationToken) => inner.ListPendingAsync(cancellationToken);

    public virtual Task<ArchivedMonth?> FindAsync(string userId, YearMonth month, CancellationToken cancellationToken) => inner.FindAsync(userId, month, cancellationToken);

    public virtual Task<IReadOnlyList<ArchivedMonth>> ListAsync(string userId, CancellationToken cancellationToken) => inner.ListAsync(userId, cancellationToken);

    public virtual Task<IReadOnlyList<ArchivedExpense>> LoadLiveMonthAsync(string userId, YearMonth month, CancellationToken cancellationToken) =>
        inner.LoadLiveMonthAsync(userId, month, cancellationToken);

    public virtual Task<bool> MarkPendingAsync(string userId, YearMonth month, string? expectedBlobName, string pendingBlobName, long liveRowCount, CancellationToken cancellationToken) =>
        inner.MarkPendingAsync(userId, month, expectedBlobName, pendingBlobName, liveRowCount, cancellationToken);

    public virtual Task<ArchiveCompletion> CompleteAsync(ArchivedMonth pending, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken) =>
        inner.CompleteAsync(pending, content, cancellationToken);

    public virtual Task ClearPendingAsync(string userId, YearMonth month, string pendingBlobName, CancellationToken cancellationToken) =>
        inner.ClearPendingAsync(userId, month, pendingBlobName, cancellationToken);

    public virtual Task<bool> RestoreAsync(string userId, YearMonth month, string expectedBlobName, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken) =>
        inner.RestoreAsync(userId, month, expectedBlobName, content, cancellationToken);

    public virtual Task<IReadOnlySet<string>> FindReferencedBlobsAsync(IReadOnlyCollection<string> blobNames, CancellationToken cancellationToken) =>
        inner.FindReferencedBlobsAsync(blobNames, cancellationToken);
}
