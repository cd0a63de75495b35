using Microsoft.Identity.Client;

namespace ExpenseTracker.Cli.SignIn;

/// <summary>
/// Microsoft Entra ID for a terminal: the device-code flow signs in (a code to type in a browser anywhere), and MSAL's
/// token cache, kept owner-only in the config folder, refreshes tokens without asking again.
/// </summary>
internal static class EntraSignIn
{
    public static IPublicClientApplication CreateApplication(EntraSettings entra, string cachePath)
    {
        var application = PublicClientApplicationBuilder.Create(entra.ClientId)
            .WithAuthority(AzureCloudInstance.AzurePublic, entra.TenantId)
            .WithDefaultRedirectUri()
            .Build();
        application.UserTokenCache.SetBeforeAccess(access =>
        {
            if (File.Exists(cachePath))
            {
                access.TokenCache.DeserializeMsalV3(File.ReadAllBytes(cachePath));
            }
        });
        application.UserTokenCache.SetAfterAccess(access =>
        {
            if (access.HasStateChanged)
            {
                OwnerOnlyFiles.WriteAllBytes(cachePath, access.TokenCache.SerializeMsalV3());
            }
        });
        return application;
    }

    public static Task<AuthenticationResult> SignInWithDeviceCodeAsync(
        IPublicClientApplication application, EntraSettings entra, Action<string> showInstructions, CancellationToken cancellationToken) =>
        application.AcquireTokenWithDeviceCode(entra.Scopes, code =>
            {
                showInstructions(code.Message);
                return Task.CompletedTask;
            })
            .ExecuteAsync(cancellationToken);

    public static async Task<string> AcquireSilentlyAsync(IPublicClientApplication application, EntraSettings entra, CancellationToken cancellationToken)
    {
        var account = (entra.AccountId is null ? null : await application.GetAccountAsync(entra.AccountId))
            ?? (await application.GetAccountsAsync()).FirstOrDefault()
            ?? throw new NotSignedInException(SignInAgain(entra));
        try
        {
            var result = await application.AcquireTokenSilent(entra.Scopes, account).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalUiRequiredException)
        {
            throw new NotSignedInException(SignInAgain(entra));
        }
    }

    private static string SignInAgain(EntraSettings entra) =>
        $"Your Microsoft Entra sign-in has expired or was removed: run `expense login --entra --tenant {entra.TenantId} --client-id {entra.ClientId} --scope {string.Join(' ', entra.Scopes)}`.";
}
