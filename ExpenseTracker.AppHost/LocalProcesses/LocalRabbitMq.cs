using System.Globalization;
using ExpenseTracker.AppHost.Hosting;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.AppHost.LocalProcesses;

/// <summary>
/// rabbitmq-server as a local process with the management UI, and its own epmd (Erlang's port mapper) as a resource
/// of its own: a node would otherwise start epmd as a daemon that outlives the AppHost.
/// </summary>
internal static class LocalRabbitMq
{
    // Debian's /usr/sbin/rabbitmq-server switches to the rabbitmq user; the script it wraps runs as whoever starts it.
    private const string DebianServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public static void AddLocalRabbitMq(this IDistributedApplicationBuilder builder, AppHostSettings settings, BackingServices services)
    {
        var command = ExecutableLocator.Find("rabbitmq-server", DebianServerScript);
        var epmdCommand = ExecutableLocator.Find("epmd");
        if (command is null || epmdCommand is null)
        {
            services.Choose(ResourceNames.Messaging,
                "in-process bus, worker jobs hosted in the API (rabbitmq-server not found: install RabbitMQ, e.g. `apt-get install rabbitmq-server` or `brew install rabbitmq`, or start a container runtime)");
            return;
        }

        var ports = FreePorts.Take(4);
        var (amqpPort, managementPort, epmdPort, distributionPort) = (ports[0], ports[1], ports[2], ports[3]);
        var directory = settings.ServerDirectory(ResourceNames.Messaging);
        var configFile = WriteConfiguration(directory, amqpPort, managementPort);
        var epmdPortText = Text(epmdPort);

        var epmd = builder.AddExecutable($"{ResourceNames.Messaging}-epmd", epmdCommand, directory, "-port", epmdPortText, "-address", "127.0.0.1")
            .WithEndpoint(port: epmdPort, targetPort: epmdPort, scheme: "tcp", name: "tcp", isProxied: false)
            .WithTcpHealthCheckOnEndpoint("tcp")
            .ExcludeFromManifest();

        var rabbit = builder.AddResource(new ServerProcessResource(
                ResourceNames.Messaging, command, directory,
                ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{Text(amqpPort)}/")))
            .WithEnvironment("RABBITMQ_NODENAME", "expensetracker@localhost")
            .WithEnvironment("RABBITMQ_CONFIG_FILE", configFile)
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(directory, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(directory, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(directory, "log"))
            .WithEnvironment("RABBITMQ_DIST_PORT", Text(distributionPort))
            .WithEnvironment("ERL_EPMD_PORT", epmdPortText)
            .WithEnvironment("HOME", directory)
            .WithEndpoint(port: amqpPort, targetPort: amqpPort, scheme: "tcp", name: "tcp", isProxied: false)
            .WithEndpoint(port: managementPort, targetPort: managementPort, scheme: "http", name: "management", isProxied: false)
            .WithUrlForEndpoint("management", url => url.DisplayText = "RabbitMQ management (guest/guest)")
            .WithIconName("Mail")
            .WithTcpHealthCheckOnEndpoint("tcp")
            .WithParentRelationship(epmd.Resource)
            .WaitFor(epmd)
            .ExcludeFromManifest();
        services.Add(rabbit, rabbit, $"RabbitMQ ({command}) on 127.0.0.1:{Text(amqpPort)}, management UI on http://127.0.0.1:{Text(managementPort)}, data in {directory}");
    }

    private static string WriteConfiguration(string directory, int amqpPort, int managementPort)
    {
        Directory.CreateDirectory(directory);
        var configFile = Path.Combine(directory, "rabbitmq.conf");
        File.WriteAllLines(configFile,
        [
            $"listeners.tcp.default = 127.0.0.1:{Text(amqpPort)}",
            "management.tcp.ip = 127.0.0.1",
            $"management.tcp.port = {Text(managementPort)}",
        ]);
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[rabbitmq_management].\n");
        return configFile;
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
