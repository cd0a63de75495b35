using System.Globalization;
using ExpenseTracker.AppHost.Hosting;
using ExpenseTracker.LocalServers;
using ExpenseTracker.LocalServers.Commands;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.AppHost.LocalProcesses;

/// <summary>
/// rabbitmq-server as a local process with the management UI, and its own epmd (Erlang's port mapper) as a resource
/// of its own: a node would otherwise start epmd as a daemon that outlives the AppHost.
/// </summary>
internal static class LocalRabbitMq
{
    public static void AddLocalRabbitMq(this IDistributedApplicationBuilder builder, AppHostSettings settings, BackingServices services)
    {
        var command = RabbitMqCommand.FindServer();
        var epmdCommand = RabbitMqCommand.FindEpmd();
        if (command is null || epmdCommand is null)
        {
            services.Choose(ResourceNames.Messaging,
                "in-process bus, worker jobs hosted in the API (rabbitmq-server not found: install RabbitMQ, e.g. `apt-get install rabbitmq-server` or `brew install rabbitmq`, or start a container runtime)");
            return;
        }

        var ports = FreePort.Take(4);
        var node = new RabbitMqNode("expensetracker", AmqpPort: ports[0], DistributionPort: ports[1], EpmdPort: ports[2], ManagementPort: ports[3]);
        var directory = settings.ServerDirectory(ResourceNames.Messaging);

        var epmd = builder.AddExecutable($"{ResourceNames.Messaging}-epmd", epmdCommand, directory)
            .WithServerCommand(RabbitMqCommand.Epmd(epmdCommand, node.EpmdPort))
            .WithEndpoint(port: node.EpmdPort, targetPort: node.EpmdPort, scheme: "tcp", name: "tcp", isProxied: false)
            .WithTcpHealthCheckOnEndpoint("tcp")
            .ExcludeFromManifest();

        var rabbit = builder.AddResource(new ServerProcessResource(
                ResourceNames.Messaging, command, directory,
                ReferenceExpression.Create($"amqp://{node.User}:{node.Password}@127.0.0.1:{Text(node.AmqpPort)}/")))
            .WithServerCommand(RabbitMqCommand.Node(command, directory, node))
            .WithEndpoint(port: node.AmqpPort, targetPort: node.AmqpPort, scheme: "tcp", name: "tcp", isProxied: false)
            .WithEndpoint(port: node.ManagementPort, targetPort: node.ManagementPort, scheme: "http", name: "management", isProxied: false)
            .WithUrlForEndpoint("management", url => url.DisplayText = $"RabbitMQ management ({node.User}/{node.Password})")
            .WithIconName("Mail")
            .WithTcpHealthCheckOnEndpoint("tcp")
            .WithParentRelationship(epmd.Resource)
            .WaitFor(epmd)
            .ExcludeFromManifest();
        services.Add(rabbit, rabbit, $"RabbitMQ ({command}) on 127.0.0.1:{Text(node.AmqpPort)}, management UI on http://127.0.0.1:{Text(node.ManagementPort!.Value)}, data in {directory}");
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
