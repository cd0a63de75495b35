using ExpenseTracker.LocalServers.Commands;

namespace ExpenseTracker.LocalServers;

/// <summary>
/// A real RabbitMQ node on free loopback ports, with its data in a temporary folder and an epmd of its own (so that
/// stopping it touches no other node). Killing it and starting it again keeps its durable queues and persistent
/// messages, as after a crash.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private readonly TempDirectory _directory = new("rabbitmq");
    private readonly RabbitMqNode _settings;
    private readonly ServerCommand _nodeCommand;
    private ServerProcess? _epmd;
    private ServerProcess? _node;

    private RabbitMqServer(string user, string password)
    {
        var ports = FreePort.Take(3);
        _settings = new RabbitMqNode($"et{Guid.NewGuid():N}"[..14], AmqpPort: ports[0], DistributionPort: ports[1], EpmdPort: ports[2], user, password);
        _nodeCommand = RabbitMqCommand.Node(RabbitMqCommand.FindServer()!, _directory.Path, _settings);
    }

    public static bool IsInstalled => RabbitMqCommand.FindServer() is not null && RabbitMqCommand.FindEpmd() is not null;

    public int Port => _settings.AmqpPort;

    public string ConnectionString => $"amqp://{_settings.User}:{_settings.Password}@127.0.0.1:{Port}/";

    /// <summary>Starts a node whose only user is <paramref name="user"/> (guest/guest unless given).</summary>
    public static async Task<RabbitMqServer> StartAsync(string user = "guest", string password = "guest", CancellationToken cancellationToken = default)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException("rabbitmq-server is not installed: run 'apt-get install rabbitmq-server' (./test.sh does).");
        }

        var server = new RabbitMqServer(user, password);
        var epmd = RabbitMqCommand.Epmd(RabbitMqCommand.FindEpmd()!, server._settings.EpmdPort).Start();
        server._epmd = epmd;
        await FreePort.WaitUntilOpenAsync(server._settings.EpmdPort, TimeSpan.FromSeconds(10), () => epmd.HasExited, cancellationToken);
        await server.StartAgainAsync(cancellationToken);
        return server;
    }

    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        var node = _nodeCommand.Start(_directory.Combine("console.log"));
        _node = node;
        await FreePort.WaitUntilOpenAsync(Port, TimeSpan.FromSeconds(90), () => node.HasExited, cancellationToken);
    }

    /// <summary>Kills the node at once, as a crash would.</summary>
    public void Kill()
    {
        _node?.Dispose();
        _node = null;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _epmd?.Dispose();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
