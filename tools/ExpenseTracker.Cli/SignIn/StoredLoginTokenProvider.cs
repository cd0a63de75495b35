using ExpenseTracker.Client.Api;
using ExpenseTracker.Client.Authentication;
using ExpenseTracker.Contracts;
using Microsoft.Identity.Client;

namespace ExpenseTracker.Cli.SignIn;

/// <summary>
/// Access tokens from the saved sign-in. A local token close to expiry is replaced through the API's local sign-in
/// for the same user (and saved); an Entra token comes from MSAL's cache.
/// </summary>
internal sealed class StoredLoginTokenProvider(StoredLogin login, LoginStore store, Func<IDevTokenApi> devTokens, TimeProvider time)
    : IAccessTokenProvider
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private StoredLogin _login = login;
    private IPublicClientApplication? _entra;

    public async ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (_login.Mode == LoginMode.Entra)
        {
            var entra = _login.Entra ?? throw new NotSignedInException("The saved Entra sign-in is incomplete: run `expense login --entra` again.");
            _entra ??= EntraSignIn.CreateApplication(entra, store.MsalCachePath);
            return await EntraSignIn.AcquireSilentlyAsync(_entra, entra, cancellationToken);
        }

        if (IsFresh(_login))
        {
            return _login.AccessToken;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(_login))
            {
                var user = _login.User ?? throw new NotSignedInException("The saved sign-in names no user: run `expense login` again.");
                var issued = await devTokens().IssueAsync(new DevTokenRequest(user), cancellationToken);
                _login = _login with { AccessToken = issued.AccessToken, ExpiresAt = time.GetUtcNow().AddSeconds(issued.ExpiresIn) };
                store.Save(_login);
            }

            return _login.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsFresh(StoredLogin stored) =>
        stored.AccessToken is not null && stored.ExpiresAt is { } expiresAt && time.GetUtcNow() < expiresAt - LocalDevTokenProvider.RenewBeforeExpiry;
}
