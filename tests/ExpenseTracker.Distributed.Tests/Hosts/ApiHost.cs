using System.Net.Http.Headers;
using System.Net.Http.Json;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Distributed.Tests.Hosts;

/// <summary>An API process of a deployment, served by Kestrel on a free loopback port.</summary>
public sealed class ApiHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public ApiHost(Deployment deployment, Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null)
    {
        _settings = deployment.Settings(settings);
        _services = services;
        UseKestrel(0);
        StartServer();
    }

    public async Task<HttpClient> SignedInClientAsync(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        return client;
    }

    public async Task<string> TokenAsync(string user)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/dev/token", new DevTokenRequest(user));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DevTokenResponse>())!.AccessToken;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
