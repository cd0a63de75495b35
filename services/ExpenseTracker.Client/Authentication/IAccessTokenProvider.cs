namespace ExpenseTracker.Client.Authentication;

/// <summary>Where the client gets the bearer token it sends with each call.</summary>
public interface IAccessTokenProvider
{
    /// <summary>A token valid now, or null to call without one. Called once per attempt, so a retry gets a fresh token.</summary>
    ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken);
}
