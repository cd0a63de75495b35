using ExpenseTracker.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Cli.Connection;

/// <summary>The typed client for one command, and the container that owns its HttpClients.</summary>
public sealed class ApiConnection(Uri apiUrl, ServiceProvider services) : IAsyncDisposable
{
    public Uri ApiUrl { get; } = apiUrl;

    public IExpenseTrackerClient Api { get; } = services.GetRequiredService<IExpenseTrackerClient>();

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
