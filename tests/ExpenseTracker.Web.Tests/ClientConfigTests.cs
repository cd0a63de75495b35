using System.Net;
using System.Text.Json;
using ExpenseTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ExpenseTracker.Web.Tests;

/// <summary>With Entra ID configured, the web app is told what MSAL needs; nothing secret is in it.</summary>
public sealed class ClientConfigTests
{
    [Fact]
    public async Task With_entra_id_the_client_config_gives_the_spa_registration_authority_and_scopes()
    {
        await using var server = new EntraServer();
        using var client = server.CreateClient();

        var config = JsonDocument.Parse(await client.GetStringAsync("/api/v1/client-config")).RootElement;

        Assert.Equal("entra", config.GetProperty("identity").GetString());
        var entra = config.GetProperty("entra");
        Assert.Equal("spa-client-id", entra.GetProperty("clientId").GetString());
        Assert.Equal("https://login.microsoftonline.com/tenant-id", entra.GetProperty("authority").GetString());
        Assert.Equal(["api://expense-api/.default"], entra.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/dev/token", null)).StatusCode);
    }

    private sealed class EntraServer : WebApplicationFactory<Program>
    {
        private readonly string _data = Path.Combine(Path.GetTempPath(), "expensetracker-web-tests", Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Storage:DataDirectory", _data);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
            builder.UseSetting("AzureAd:TenantId", "tenant-id");
            builder.UseSetting("AzureAd:ClientId", "api-client-id");
            builder.UseSetting("AzureAd:Audience", "api://expense-api");
            builder.UseSetting("Web:Entra:ClientId", "spa-client-id");
            builder.UseSetting("Web:RootPath", Requirements.WebAppDist);
        }
    }
}
