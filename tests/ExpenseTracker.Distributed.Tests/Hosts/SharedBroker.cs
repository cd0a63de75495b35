using ExpenseTracker.Distributed.Tests.Hosts;
using ExpenseTracker.LocalServers;

[assembly: AssemblyFixture(typeof(SharedBroker))]

namespace ExpenseTracker.Distributed.Tests.Hosts;

/// <summary>One RabbitMQ node for the tests that do not stop it; each test names its queues with a prefix of its own.</summary>
public sealed class SharedBroker : IAsyncLifetime
{
    public RabbitMqServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Server = await RabbitMqServer.StartAsync();

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
