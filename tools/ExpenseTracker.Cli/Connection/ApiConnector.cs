using ExpenseTracker.Cli.Commands;
using ExpenseTracker.Cli.SignIn;
using ExpenseTracker.Client;
using ExpenseTracker.Client.Api;
using ExpenseTracker.Client.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Cli.Connection;

/// <summary>Connects commands to the API through the typed client, signed in with the saved sign-in.</summary>
public sealed class ApiConnector(CliEnvironment environment, LoginStore logins)
{
    /// <summary><c>--api</c>, else <c>EXPENSE_API_URL</c>, else the API of the saved sign-in, else <c>http://localhost:5080</c>.</summary>
    public Uri ApiUrlFor(ApiCommandSettings settings, StoredLogin? login)
    {
        if (settings.Api is not null)
        {
            return Uri.TryCreate(settings.Api, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? url
                : throw new UsageException($"'{settings.Api}' is not an http(s) address: write it like http://localhost:5080.");
        }

        return environment.ApiUrl ?? (login is null ? CliEnvironment.DefaultApiUrl : new Uri(login.ApiUrl));
    }

    /// <summary>A connection with no sign-in, for signing in.</summary>
    public ApiConnection ConnectAnonymously(Uri apiUrl) => Build(apiUrl, tokens: null);

    /// <summary>A connection signed in with the saved sign-in, which must be for the API the command targets.</summary>
    public ApiConnection ConnectSignedIn(ApiCommandSettings settings)
    {
        var login = logins.Load() ?? throw new NotSignedInException("You are not signed in: run `expense login` (or `expense login --entra ...`).");
        var apiUrl = ApiUrlFor(settings, login);
        if (!SameApi(apiUrl, new Uri(login.ApiUrl)))
        {
            throw new NotSignedInException($"You are signed in to {login.ApiUrl}, not {apiUrl}: run `expense login --api {apiUrl}`.");
        }

        return Build(apiUrl, services => new StoredLoginTokenProvider(login, logins, services.GetRequiredService<IDevTokenApi>, TimeProvider.System));
    }

    private static ApiConnection Build(Uri apiUrl, Func<IServiceProvider, IAccessTokenProvider>? tokens)
    {
        var services = new ServiceCollection();
        var client = services.AddExpenseTrackerClient(options =>
        {
            options.BaseAddress = apiUrl;
            // Someone waits at the terminal: one quick retry, then say what is wrong.
            options.MaxRetryAttempts = 1;
            options.RetryDelay = TimeSpan.FromMilliseconds(500);
        });
        if (tokens is not null)
        {
            client.WithAccessTokenProvider(tokens);
        }

        return new ApiConnection(apiUrl, services.BuildServiceProvider());
    }

    private static bool SameApi(Uri left, Uri right) =>
        string.Equals(left.GetLeftPart(UriPartial.Path).TrimEnd('/'), right.GetLeftPart(UriPartial.Path).TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
