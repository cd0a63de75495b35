using System.Net.Http.Headers;
using System.Net.Http.Json;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ExpenseTracker.Api.Tests.Infrastructure;

/// <summary>
/// The API in standalone mode (SQLite in a fresh temporary data folder, local sign-in), served by Kestrel on a free
/// loopback port, so body limits and connections behave as in production. Tests share one instance and stay apart
/// by signing in as users of their own.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public ApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    public ApiFactory(IDictionary<string, string?> settings, string? dataDirectory = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "expensetracker-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["RateLimiting:PermitsPerSecond"] = "100000",
            ["RateLimiting:Burst"] = "100000",
            ["Serilog:MinimumLevel:Default"] = "Warning",

            // Tests run the archive themselves, when they mean to; the scheduled run would race them.
            ["Archive:Enabled"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        UseKestrel(0);
        StartServer();
    }

    public string DataDirectory { get; }

    /// <summary>A client signed in as <paramref name="user"/> through the local token endpoint.</summary>
    public async Task<HttpClient> SignedInClientAsync(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, user));
        return client;
    }

    /// <summary>A client signed in as a user no other test uses.</summary>
    public Task<HttpClient> NewUserClientAsync(string prefix = "user") => SignedInClientAsync($"{prefix}-{Guid.NewGuid():N}");

    public static async Task<string> TokenAsync(HttpClient client, string user)
    {
        var response = await client.PostAsJsonAsync("/api/v1/dev/token", new DevTokenRequest(user));
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<DevTokenResponse>();
        return token!.AccessToken;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
