using ExpenseTracker.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Testing;

/// <summary>The typed client as a .NET app registers it (<c>AddExpenseTrackerClient</c>), in a container of its own.</summary>
public sealed class TypedClient : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TypedClient(ServiceProvider services)
    {
        _services = services;
        Api = services.GetRequiredService<IExpenseTrackerClient>();
    }

    public IExpenseTrackerClient Api { get; }

    public IServiceProvider Services => _services;

    /// <summary>Signed in as <paramref name="user"/> through the local token endpoint of the API at <paramref name="apiAddress"/>.</summary>
    public static TypedClient SignedIn(Uri apiAddress, string user) =>
        Create(apiAddress, client => client.WithLocalDevToken(user));

    /// <summary>The client as the test configures it: its sign-in, its HTTP pipeline, the app's configuration, its options.</summary>
    public static TypedClient Create(
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
            options?.Invoke(o);
        });
        configure?.Invoke(client);
        return new TypedClient(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
