using ExpenseTracker.Client.Api;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Authentication;

/// <summary>
/// Signs in as one user through the local token endpoint of an API in local mode, keeps the token, and signs in again a
/// minute before it expires.
/// </summary>
public sealed class LocalDevTokenProvider : IAccessTokenProvider
{
    /// <summary>How long before its expiry a token is replaced, so that it never expires in flight.</summary>
    public static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(1);

    private readonly Func<IDevTokenApi> _tokens;
    private readonly string _user;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _accessToken;
    private DateTimeOffset _renewAt;

    /// <summary>Signs in as <paramref name="user"/> through the endpoint <paramref name="tokens"/> gives.</summary>
    public LocalDevTokenProvider(Func<IDevTokenApi> tokens, string user, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        ArgumentNullException.ThrowIfNull(time);
        _tokens = tokens;
        _user = user;
        _time = time;
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (_accessToken is not null && _time.GetUtcNow() < _renewAt)
        {
            return _accessToken;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_accessToken is null || _time.GetUtcNow() >= _renewAt)
            {
                var issued = await _tokens().IssueAsync(new DevTokenRequest(_user), cancellationToken);
                _accessToken = issued.AccessToken;
                _renewAt = _time.GetUtcNow() + TimeSpan.FromSeconds(issued.ExpiresIn) - RenewBeforeExpiry;
            }

            return _accessToken;
        }
        finally
        {
            _gate.Release();
        }
    }
}
