using System.Net;
using System.Net.Http.Headers;
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
    /// Whether the API serves <paramref name="path"/>: an endpoint that exists answers 401 to a caller without a token,
    /// one that does not answers 404 or 405. Other engineers add some endpoints in parallel; tests of those skip until
    /// the endpoint is merged.
    /// </summary>
    public async Task<bool> ServesAsync(HttpMethod method, string path)
    {
        using var http = new HttpClient { BaseAddress = Address };
        using var request = new HttpRequestMessage(method, path);
        if (method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent([]);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed);
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
