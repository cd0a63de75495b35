namespace ExpenseTracker.LocalServers;

/// <summary>
/// A real RabbitMQ node on free loopback ports, with its data in a temporary folder and an epmd of its own (so that
/// stopping it touches no other node). Killing it and starting it again keeps its durable queues and persistent
/// messages, as after a crash.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private readonly TempDirectory _directory = new("rabbitmq");
    private readonly int _distributionPort = FreePort.Next();
    private readonly int _epmdPort = FreePort.Next();
    private readonly string _nodeName = $"et{Guid.NewGuid():N}"[..14];
    private readonly string _user;
    private readonly string _password;
    private ServerProcess? _epmd;
    private ServerProcess? _node;

    private RabbitMqServer(string user, string password)
    {
        _user = user;
        _password = password;
        File.WriteAllText(
            _directory.Combine("rabbitmq.conf"),
            $"listeners.tcp.default = 127.0.0.1:{Port}\nloopback_users = none\ndefault_user = {user}\ndefault_pass = {password}\n");
        File.WriteAllText(_directory.Combine("enabled_plugins"), "[].\n");
    }

    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public static bool IsInstalled => Executables.Has("rabbitmq-server", ServerScript) && Executables.Has("epmd");

    public int Port { get; } = FreePort.Next();

    public string ConnectionString => $"amqp://{_user}:{_password}@127.0.0.1:{Port}/";

    /// <summary>Starts a node whose only user is <paramref name="user"/> (guest/guest unless given).</summary>
    public static async Task<RabbitMqServer> StartAsync(string user = "guest", string password = "guest", CancellationToken cancellationToken = default)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException("rabbitmq-server is not installed: run 'apt-get install rabbitmq-server' (./test.sh does).");
        }

        var server = new RabbitMqServer(user, password);
        var epmd = ServerProcess.Start("epmd", ["-port", $"{server._epmdPort}"]);
        server._epmd = epmd;
        await FreePort.WaitUntilOpenAsync(server._epmdPort, TimeSpan.FromSeconds(10), () => epmd.HasExited, cancellationToken);
        await server.StartAgainAsync(cancellationToken);
        return server;
    }

    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        var node = ServerProcess.Start(
            ServerScript,
            [],
            new Dictionary<string, string>
            {
                ["RABBITMQ_NODENAME"] = $"{_nodeName}@localhost",
                ["RABBITMQ_MNESIA_BASE"] = _directory.Combine("mnesia"),
                ["RABBITMQ_LOG_BASE"] = _directory.Combine("log"),
                ["RABBITMQ_CONFIG_FILE"] = _directory.Combine("rabbitmq.conf"),
                ["RABBITMQ_ENABLED_PLUGINS_FILE"] = _directory.Combine("enabled_plugins"),
                ["RABBITMQ_DIST_PORT"] = $"{_distributionPort}",
                ["ERL_EPMD_PORT"] = $"{_epmdPort}",
                ["HOME"] = _directory.Path,
            },
            _directory.Combine("console.log"));
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
