namespace ExpenseTracker.Client.Authentication;

/// <summary>The same token for every call: one obtained elsewhere, for as long as it lives.</summary>
public sealed class StaticAccessTokenProvider : IAccessTokenProvider
{
    private readonly string _accessToken;

    /// <summary>Sends <paramref name="accessToken"/> with every call.</summary>
    public StaticAccessTokenProvider(string accessToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        _accessToken = accessToken;
    }

    /// <inheritdoc />
    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(_accessToken);
}
