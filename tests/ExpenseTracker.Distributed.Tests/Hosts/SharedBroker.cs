using ExpenseTracker.Distributed.Tests.Hosts;
using ExpenseTracker.LocalServers;

[assembly: AssemblyFixture(typeof(SharedBroker))]

namespace ExpenseTracker.Distributed.Tests.Hosts;

/// <summary>
/// One RabbitMQ node for the tests that do not stop it; each test names its queues with a prefix of its own. Where
/// RabbitMQ is not installed, every test that asks for it skips, saying so.
/// </summary>
public sealed class SharedBroker : IAsyncLifetime
{
    private readonly string? _missing = InstalledServers.MissingReason(InstalledServers.RabbitMq);
    private RabbitMqServer? _server;

    public RabbitMqServer Server
    {
        get
        {
            InstalledServers.SkipIf(_missing);
            return _server ?? throw new InvalidOperationException("RabbitMQ is not started.");
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (_missing is null)
        {
            _server = await RabbitMqServer.StartAsync();
        }
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
