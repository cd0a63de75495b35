using System.ComponentModel;
using System.Net;
using ExpenseTracker.Cli.Connection;
using ExpenseTracker.Cli.Output;
using ExpenseTracker.Cli.SignIn;
using ExpenseTracker.Client;
using ExpenseTracker.Contracts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli.Commands;

public sealed class LoginSettings : JsonCommandSettings
{
    [CommandOption("--user <NAME>")]
    [Description("Local sign-in: the user name to sign in as (default: your login name)")]
    public string? User { get; set; }

    [CommandOption("--entra")]
    [Description("Sign in with Microsoft Entra ID through the device-code flow, instead of the API's local sign-in")]
    public bool Entra { get; set; }

    [CommandOption("--tenant <ID>")]
    [Description("Entra: the directory (tenant) id or domain")]
    public string? Tenant { get; set; }

    [CommandOption("--client-id <ID>")]
    [Description("Entra: the application (client) id of the public client registered for the command line")]
    public string? ClientId { get; set; }

    [CommandOption("--scope <SCOPE>")]
    [Description("Entra: a scope of the API to ask for, e.g. api://<api-client-id>/access_as_user (repeat for more)")]
    public string[] Scopes { get; set; } = [];

    public override ValidationResult Validate()
    {
        if (Entra && (string.IsNullOrWhiteSpace(Tenant) || string.IsNullOrWhiteSpace(ClientId) || Scopes.Length == 0))
        {
            return ValidationResult.Error("--entra needs --tenant, --client-id and at least one --scope.");
        }

        if (!Entra && (Tenant ?? ClientId) is not null)
        {
            return ValidationResult.Error("--tenant and --client-id go with --entra.");
        }

        return ValidationResult.Success();
    }
}

/// <summary>
/// <c>expense login</c>: signs in and keeps the sign-in in the config folder, readable by its owner only. Local sign-in
/// asks the API for a token (APIs without Entra ID only); <c>--entra</c> runs the device-code flow.
/// </summary>
public sealed class LoginCommand(ApiConnector connector, LoginStore logins, Terminal terminal) : AsyncCommand<LoginSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, LoginSettings settings, CancellationToken cancellationToken)
    {
        var apiUrl = connector.ApiUrlFor(settings, logins.LoadOrNull());
        var login = settings.Entra
            ? await SignInWithEntraAsync(apiUrl, settings, cancellationToken)
            : await SignInLocallyAsync(apiUrl, settings.User ?? Environment.UserName, cancellationToken);
        logins.Save(login);

        if (settings.Json)
        {
            terminal.WriteJson(new LoginSummary(login.ApiUrl, login.Mode, login.User, login.ExpiresAt, logins.LoginPath), CliJson.TypeOf<LoginSummary>());
        }
        else
        {
            var who = login.User is null ? string.Empty : $" as {login.User}";
            terminal.WriteLine($"Signed in to {login.ApiUrl}{who} ({(login.Mode == LoginMode.Local ? "local sign-in" : "Microsoft Entra ID")}).");
            terminal.WriteLine($"Sign-in saved to {logins.LoginPath} (readable by you only).");
        }

        return ExitCodes.Success;
    }

    private async Task<StoredLogin> SignInLocallyAsync(Uri apiUrl, string user, CancellationToken cancellationToken)
    {
        await using var connection = connector.ConnectAnonymously(apiUrl);
        try
        {
            var token = await connection.Api.DevToken.IssueAsync(new DevTokenRequest(user), cancellationToken);
            return new StoredLogin(apiUrl.ToString(), LoginMode.Local, user, token.AccessToken, DateTimeOffset.UtcNow.AddSeconds(token.ExpiresIn), Entra: null);
        }
        catch (ExpenseTrackerApiException notLocal) when (notLocal.StatusCode == HttpStatusCode.NotFound)
        {
            throw new NotSignedInException($"The API at {apiUrl} has no local sign-in (it uses Microsoft Entra ID): run `expense login --entra --tenant ... --client-id ... --scope ...`.");
        }
    }

    private async Task<StoredLogin> SignInWithEntraAsync(Uri apiUrl, LoginSettings settings, CancellationToken cancellationToken)
    {
        var entra = new EntraSettings(settings.Tenant!, settings.ClientId!, settings.Scopes, AccountId: null);
        var application = EntraSignIn.CreateApplication(entra, logins.MsalCachePath);
        var result = await EntraSignIn.SignInWithDeviceCodeAsync(
            application, entra, instructions => terminal.WriteErrorLine(instructions), cancellationToken);
        return new StoredLogin(
            apiUrl.ToString(),
            LoginMode.Entra,
            result.Account.Username,
            AccessToken: null,
            result.ExpiresOn,
            entra with { AccountId = result.Account.HomeAccountId.Identifier });
    }
}
