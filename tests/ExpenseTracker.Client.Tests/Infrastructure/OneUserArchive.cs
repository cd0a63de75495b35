using ExpenseTracker.Application.Archive;
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
    private sealed class OneUserArchiveStore(IArchiveStore inner, string userId) : ArchiveStoreDecorator(inner)
    {
        public override async Task<IReadOnlyList<ArchiveCandidate>> FindCandidatesAsync(DateOnly before, CancellationToken cancellationToken) =>
            (await base.FindCandidatesAsync(before, cancellationToken)).Where(candidate => candidate.UserId == userId).ToList();

        public override async Task<IReadOnlyList<ArchivedMonth>> ListPendingAsync(CancellationToken cancellationToken) =>
            (await base.ListPendingAsync(cancellationToken)).Where(month => month.UserId == userId).ToList();
    }
}
