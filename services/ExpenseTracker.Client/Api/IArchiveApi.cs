using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Api;

/// <summary><c>/api/v1/archive</c>: months of old expenses kept in cold storage; reports still count them.</summary>
public interface IArchiveApi
{
    /// <summary>Lists your archived months.</summary>
    [Get("/api/v1/archive")]
    Task<IReadOnlyList<ArchivedMonthResponse>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Brings an archived month (<c>yyyy-MM</c>) back into the live store.</summary>
    [Post("/api/v1/archive/{month}/restore")]
    Task<RestoreResponse> RestoreAsync(string month, CancellationToken cancellationToken = default);
}
