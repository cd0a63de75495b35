using ExpenseTracker.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.AppHost.Tests.Infrastructure;

/// <summary>
/// The typed client as a .NET app registers it (<c>AddExpenseTrackerClient</c>), pointed at the API the AppHost
/// started and signed in through its local token endpoint.
/// </summary>
public sealed class SignedInClient : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SignedInClient(ServiceProvider services, string user)
    {
        _services = services;
        User = user;
        Api = services.GetRequiredService<IExpenseTrackerClient>();
    }

    /// <summary>The user name, which is also the user id the API knows a local sign-in by.</summary>
    public string User { get; }

    public IExpenseTrackerClient Api { get; }

    public static SignedInClient Create(Uri apiAddress, string user)
    {
        var services = new ServiceCollection();
        services.AddExpenseTrackerClient(options => options.BaseAddress = apiAddress).WithLocalDevToken(user);
        return new SignedInClient(services.BuildServiceProvider(), user);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
