using System.Net.Http.Headers;
using System.Net.Http.Json;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>
/// The real API in standalone mode (SQLite in a fresh temporary data folder, local sign-in), served by Kestrel on a
/// free loopback port, so the client and the command line talk to it over real HTTP. Tests share one instance and
/// stay apart by signing in as users of their own.
/// </summary>
public sealed class ApiHost : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "expensetracker-client-tests", Guid.NewGuid().ToString("N"));

    public ApiHost()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>Where the API listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public static string NewUser(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>
    /// Plain HTTP signed in as <paramref name="user"/>, to read exactly what the API sends, without the client's
    /// deserialization in between.
    /// </summary>
    public async Task<HttpClient> RawClientAsync(string user)
    {
        var http = new HttpClient { BaseAddress = Address };
        using var response = await http.PostAsJsonAsync("/api/v1/dev/token", new DevTokenRequest(user));
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<DevTokenResponse>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return http;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("RateLimiting:PermitsPerSecond", "100000");
        builder.UseSetting("RateLimiting:Burst", "100000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be closing; the temporary folder is left to the system.
        }
    }
}
