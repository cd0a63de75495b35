using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Api;

/// <summary>
/// <c>POST /api/v1/dev/token</c>: a one-hour token for any user name. Only an API in local mode (no Microsoft Entra ID
/// configured) serves it; anywhere else it answers 404.
/// </summary>
public interface IDevTokenApi
{
    /// <summary>Signs in locally as <see cref="DevTokenRequest.User"/>.</summary>
    [Post("/api/v1/dev/token")]
    Task<DevTokenResponse> IssueAsync([Body] DevTokenRequest request, CancellationToken cancellationToken = default);
}
