using System.Net.Http.Headers;
using ExpenseTracker.LocalServers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Testing;

/// <summary>
/// The real API, composed by its own Program and served by Kestrel on a free loopback port, so that body limits,
/// connections and clients behave as in production. Standalone unless the settings say otherwise: SQLite in a data
/// folder of its own (deleted on dispose) or the one given, local sign-in. Started at once.
/// </summary>
public class ApiHost : ConfiguredHost<Program>
{
    private readonly TempDirectory? _ownDataDirectory;

    public ApiHost()
        : this(settings: null)
    {
    }

    /// <param name="settings">Configuration over the defaults below.</param>
    /// <param name="services">Replaces or decorates the API's services.</param>
    /// <param name="dataDirectory">A data folder the caller owns (kept on dispose); by default a fresh one.</param>
    public ApiHost(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? dataDirectory = null)
        : this(dataDirectory is null ? new TempDirectory("api") : null, dataDirectory, settings, services)
    {
    }

    private ApiHost(TempDirectory? ownDataDirectory, string? dataDirectory, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? services)
        : base(WithDefaults(ownDataDirectory?.Path ?? dataDirectory!, settings), services)
    {
        _ownDataDirectory = ownDataDirectory;
        DataDirectory = ownDataDirectory?.Path ?? dataDirectory!;
        UseKestrel(0);
        StartServer();
        var address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Address = new Uri($"http://127.0.0.1:{address.Port}/");
    }

    public string DataDirectory { get; }

    /// <summary>Where the API listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>A client signed in as <paramref name="user"/> through the local token endpoint.</summary>
    public async Task<HttpClient> SignedInClientAsync(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        return client;
    }

    /// <summary>A client signed in as a user no other test uses.</summary>
    public Task<HttpClient> NewUserClientAsync(string prefix = "user") => SignedInClientAsync(UserNames.New(prefix));

    /// <summary>A local token for <paramref name="user"/>.</summary>
    public async Task<string> TokenAsync(string user)
    {
        using var client = CreateClient();
        return await DevTokens.IssueAsync(client, user);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _ownDataDirectory?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Dictionary<string, string?> WithDefaults(string dataDirectory, IReadOnlyDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["RateLimiting:PermitsPerSecond"] = "1000000",
            ["RateLimiting:Burst"] = "1000000",
            ["Serilog:MinimumLevel:Default"] = "Warning",

            // Tests run the archive themselves, when they mean to; the scheduled run would race them.
            ["Archive:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }
}
