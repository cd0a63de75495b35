namespace ExpenseTracker.Benchmark.Hosting;

/// <summary>
/// A RabbitMQ node on free loopback ports with its data in the run's folder and an epmd of its own, so that stopping
/// it touches no other node on the machine.
/// </summary>
internal sealed class RabbitMqServer : IDisposable
{
    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    private readonly ServerProcess _epmd;
    private readonly ServerProcess _node;

    private RabbitMqServer(ServerProcess epmd, ServerProcess node, int port)
    {
        _epmd = epmd;
        _node = node;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}/";

    public static bool IsInstalled => File.Exists(ServerScript) && Executables.Find("epmd") is not null;

    public static async Task<RabbitMqServer> StartAsync(string directory, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var epmdPort = FreePort.Next();
        var distributionPort = FreePort.Next();
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "rabbitmq.conf"), $"listeners.tcp.default = 127.0.0.1:{port}\nloopback_users = none\n");
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[].\n");

        var epmd = ServerProcess.Start("epmd", "epmd", ["-port", $"{epmdPort}"], Path.Combine(directory, "epmd.log"));
        ServerProcess? node = null;
        try
        {
            await FreePort.WaitUntilOpenAsync(epmdPort, TimeSpan.FromSeconds(10), epmd, cancellationToken);
            node = ServerProcess.Start(
                "rabbitmq-server",
                ServerScript,
                [],
                Path.Combine(directory, "rabbitmq.log"),
                new Dictionary<string, string>
                {
                    ["RABBITMQ_NODENAME"] = $"bench{Guid.NewGuid():N}"[..14] + "@localhost",
                    ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
                    ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
                    ["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq.conf"),
                    ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
                    ["RABBITMQ_DIST_PORT"] = $"{distributionPort}",
                    ["ERL_EPMD_PORT"] = $"{epmdPort}",
                    ["HOME"] = directory,
                });
            await FreePort.WaitUntilOpenAsync(port, TimeSpan.FromSeconds(90), node, cancellationToken);
            return new RabbitMqServer(epmd, node, port);
        }
        catch
        {
            node?.Dispose();
            epmd.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _node.Dispose();
        _epmd.Dispose();
    }
}
