using ExpenseTracker.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ExpenseTracker.Infrastructure.Tests.Adapters;

/// <summary>
/// One adapter, composed exactly as the API composes it (<c>AddInfrastructure</c> reading configuration) and started,
/// so migrations or indexes are in place. Contract tests get the ports from here and stay apart by user id.
/// </summary>
public abstract class StoreUnderTest : IAsyncLifetime
{
    private IHost? _host;
    private IReadOnlyDictionary<string, string?>? _settings;

    public abstract string Name { get; }

    /// <summary>Why this adapter cannot run here; null when it can.</summary>
    public string? UnavailableReason { get; protected set; }

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException($"The {Name} store was not started.");

    public T Port<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static string NewUserId() => $"user-{Guid.NewGuid():N}";

    public void SkipUnlessAvailable()
    {
        if (UnavailableReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    /// <summary>The ids of the outbox messages written for the user, in no particular order.</summary>
    public abstract Task<IReadOnlyList<Guid>> OutboxMessageIdsAsync(string userId);

    public abstract ValueTask InitializeAsync();

    public virtual async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Another host on the same storage, as a second process of the same deployment (a second worker, an API
    /// replica) would be: its own connections, its own in-process locks. The caller stops and disposes it.
    /// </summary>
    public Task<IHost> StartSiblingAsync() =>
        StartHostAsync(_settings ?? throw new InvalidOperationException($"The {Name} store was not started."));

    protected async Task StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        _host = await StartHostAsync(settings);
    }

    private static async Task<IHost> StartHostAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddInfrastructure();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    protected static string ConnectionStringKey => $"ConnectionStrings:{ResourceNames.ExpenseDatabase}";
}
