using ExpenseTracker.Application.Archive;
using ExpenseTracker.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>
/// Runs the archive job's work now, as its schedule would, but for one user only: tests share the API, and another
/// test's old expenses must stay where that test put them.
/// </summary>
public static class OneUserArchive
{
    public static async Task<ArchiveService.RunResult> RunAsync(ApiHost api, string userId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var store = new OneUserArchiveStore(scope.ServiceProvider.GetRequiredService<IArchiveStore>(), userId);
        var archive = ActivatorUtilities.CreateInstance<ArchiveService>(scope.ServiceProvider, store);
        return await archive.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The real store, offering only <paramref name="userId"/>'s months as candidates.</summary>
    private sealed class OneUserArchiveStore(IArchiveStore inner, string userId) : IArchiveStore
    {
        public async Task<IReadOnlyList<ArchiveCandidate>> FindCandidatesAsync(DateOnly before, CancellationToken cancellationToken) =>
            (await inner.FindCandidatesAsync(before, cancellationToken)).Where(candidate => candidate.UserId == userId).ToList();

        public async Task<IReadOnlyList<ArchivedMonth>> ListPendingAsync(CancellationToken cancellationToken) =>
            (await inner.ListPendingAsync(cancellationToken)).Where(month => month.UserId == userId).ToList();

        public Task<ArchivedMonth?> FindAsync(string userId, YearMonth month, CancellationToken cancellationToken) => inner.FindAsync(userId, month, cancellationToken);

        public Task<IReadOnlyList<ArchivedMonth>> ListAsync(string userId, CancellationToken cancellationToken) => inner.ListAsync(userId, cancellationToken);

        public Task<IReadOnlyList<ArchivedExpense>> LoadLiveMonthAsync(string userId, YearMonth month, CancellationToken cancellationToken) =>
            inner.LoadLiveMonthAsync(userId, month, cancellationToken);

        public Task<bool> MarkPendingAsync(string userId, YearMonth month, string? expectedBlobName, string pendingBlobName, long liveRowCount, CancellationToken cancellationToken) =>
            inner.MarkPendingAsync(userId, month, expectedBlobName, pendingBlobName, liveRowCount, cancellationToken);

        public Task<ArchiveCompletion> CompleteAsync(ArchivedMonth pending, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken) =>
            inner.CompleteAsync(pending, content, cancellationToken);

        public Task ClearPendingAsync(string userId, YearMonth month, string pendingBlobName, CancellationToken cancellationToken) =>
            inner.ClearPendingAsync(userId, month, pendingBlobName, cancellationToken);

        public Task<bool> RestoreAsync(string userId, YearMonth month, string expectedBlobName, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken) =>
            inner.RestoreAsync(userId, month, expectedBlobName, content, cancellationToken);

        public Task<IReadOnlySet<string>> FindReferencedBlobsAsync(IReadOnlyCollection<string> blobNames, CancellationToken cancellationToken) =>
            inner.FindReferencedBlobsAsync(blobNames, cancellationToken);
    }
}
