using System.Net;
using System.Text.Json;
using ExpenseTracker.Web.Tests.Infrastructure;

namespace ExpenseTracker.Web.Tests;

/// <summary>With Entra ID configured, the web app is told what MSAL needs; nothing secret is in it.</summary>
public sealed class ClientConfigTests
{
    [Fact]
    public async Task With_entra_id_the_client_config_gives_the_spa_registration_authority_and_scopes()
    {
        await using var server = new ApiHost(EntraSettings);
        using var client = server.CreateClient();

        var config = JsonDocument.Parse(await client.GetStringAsync("/api/v1/client-config")).RootElement;

        Assert.Equal("entra", config.GetProperty("identity").GetString());
        var entra = config.GetProperty("entra");
        Assert.Equal("spa-client-id", entra.GetProperty("clientId").GetString());
        Assert.Equal("https://login.microsoftonline.com/tenant-id", entra.GetProperty("authority").GetString());
        Assert.Equal(["api://expense-api/.default"], entra.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/dev/token", null)).StatusCode);
    }

    private static Dictionary<string, string?> EntraSettings => new()
    {
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "tenant-id",
        ["AzureAd:ClientId"] = "api-client-id",
        ["AzureAd:Audience"] = "api://expense-api",
        ["Web:Entra:ClientId"] = "spa-client-id",
        ["Web:RootPath"] = Requirements.WebAppDist,
    };
}
