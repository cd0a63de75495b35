extern alias worker;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Distributed.Tests.Hosts;

/// <summary>A worker process of a deployment, composed by the worker's own Program; started at once.</summary>
public sealed class WorkerHost : WebApplicationFactory<worker::Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public WorkerHost(Deployment deployment, Action<IServiceCollection>? services = null)
    {
        _settings = deployment.Settings();
        _services = services;
        _ = Services;
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
