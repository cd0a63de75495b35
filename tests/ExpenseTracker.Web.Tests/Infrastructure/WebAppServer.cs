using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Web.Tests.Infrastructure;

/// <summary>
/// The API in standalone mode (SQLite in a fresh temporary folder, local sign-in) serving the built web app from
/// the same origin, on a free loopback port, as a browser reaches it in production.
/// </summary>
public sealed class WebAppServer : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "expensetracker-web-tests", Guid.NewGuid().ToString("N"));

    public WebAppServer()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // "localhost" is a secure context, so the service worker registers as it does on a real HTTPS origin.
        BaseAddress = new Uri(address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal).Replace("[::1]", "localhost", StringComparison.Ordinal));
    }

    public Uri BaseAddress { get; }

    /// <summary>The typed client signed in as <paramref name="user"/>, to arrange data or act as another device without clicking.</summary>
    public SignedInApi ApiAs(string user) => SignedInApi.Create(BaseAddress, user);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("Web:RootPath", Requirements.WebAppDist);
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
            // A file still held open by the closing server: the temporary folder is cleaned by the system later.
        }
    }
}
