using System.Globalization;

namespace ExpenseTracker.LocalServers.Commands;

/// <summary>
/// A RabbitMQ node and the epmd (Erlang's port mapper) of its own that it registers with: a node would otherwise start
/// epmd as a daemon that outlives whoever started the node, and share it with every other node of the machine.
/// </summary>
public static class RabbitMqCommand
{
    public const string Program = "rabbitmq-server";

    /// <summary>Debian's /usr/sbin/rabbitmq-server switches to the rabbitmq user; the script it wraps runs as whoever starts it.</summary>
    public const string DebianServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public const string EpmdProgram = "epmd";

    public static string? FindServer() => Executables.Find(Program, DebianServerScript);

    public static string? FindEpmd() => Executables.Find(EpmdProgram);

    public static ServerCommand Epmd(string program, int port) =>
        new(program, ["-port", Text(port), "-address", "127.0.0.1"]);

    /// <summary>Writes the node's configuration into <paramref name="directory"/>, where its data and logs live too.</summary>
    public static ServerCommand Node(string program, string directory, RabbitMqNode node)
    {
        Directory.CreateDirectory(directory);
        var configFile = Path.Combine(directory, "rabbitmq.conf");
        var pluginsFile = Path.Combine(directory, "enabled_plugins");
        List<string> configuration =
        [
            $"listeners.tcp.default = 127.0.0.1:{Text(node.AmqpPort)}",
            "loopback_users = none",
            $"default_user = {node.User}",
            $"default_pass = {node.Password}",
        ];
        if (node.ManagementPort is { } managementPort)
        {
            configuration.AddRange(["management.tcp.ip = 127.0.0.1", $"management.tcp.port = {Text(managementPort)}"]);
        }

        File.WriteAllLines(configFile, configuration);
        File.WriteAllText(pluginsFile, node.ManagementPort is null ? "[].\n" : "[rabbitmq_management].\n");

        return new ServerCommand(program, [], new Dictionary<string, string>
        {
            ["RABBITMQ_NODENAME"] = $"{node.Name}@localhost",
            ["RABBITMQ_CONFIG_FILE"] = configFile,
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = pluginsFile,
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
            ["RABBITMQ_DIST_PORT"] = Text(node.DistributionPort),
            ["ERL_EPMD_PORT"] = Text(node.EpmdPort),
            ["HOME"] = directory,
        });
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A node's name, ports and only user; the management UI is on when it has a port.</summary>
public sealed record RabbitMqNode(string Name, int AmqpPort, int DistributionPort, int EpmdPort, string User = "guest", string Password = "guest", int? ManagementPort = null);
