using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>The client as an app registers it (<c>AddExpenseTrackerClient</c>), in a container of its own.</summary>
public sealed class ClientScope : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ClientScope(ServiceProvider services)
    {
        _services = services;
        Api = services.GetRequiredService<IExpenseTrackerClient>();
    }

    public IExpenseTrackerClient Api { get; }

    public IServiceProvider Services => _services;

    /// <summary>Signed in through the API's local token endpoint as a user no other test uses.</summary>
    public static ClientScope SignedIn(ApiHost api, string? user = null) =>
        Create(api.Address, client => client.WithLocalDevToken(user ?? ApiHost.NewUser()));

    public static ClientScope Create(
        Uri baseAddress,
        Action<ExpenseTrackerClientBuilder>? configure = null,
        IDictionary<string, string?>? configuration = null,
        Action<ExpenseTrackerClientOptions>? options = null)
    {
        var services = new ServiceCollection();
        if (configuration is not null)
        {
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        }

        var client = services.AddExpenseTrackerClient(o =>
        {
            o.BaseAddress = baseAddress;
            o.RetryDelay = TimeSpan.FromMilliseconds(10);
            options?.Invoke(o);
        });
        configure?.Invoke(client);
        return new ClientScope(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
