using System.Globalization;
using ExpenseTracker.AppHost.Hosting;
using ExpenseTracker.LocalServers;
using ExpenseTracker.LocalServers.Commands;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.AppHost.LocalProcesses;

internal static class LocalRedis
{
    public static void AddLocalRedis(this IDistributedApplicationBuilder builder, AppHostSettings settings, BackingServices services)
    {
        if (RedisCommand.Find() is not { } command)
        {
            services.Choose(ResourceNames.Cache,
                "in-process cache (redis-server not found: install Redis, e.g. `apt-get install redis-server` or `brew install redis`, or start a container runtime)");
            return;
        }

        var port = FreePort.Next();
        var directory = settings.ServerDirectory(ResourceNames.Cache);
        Directory.CreateDirectory(directory);
        var portText = port.ToString(CultureInfo.InvariantCulture);

        var redis = builder.AddResource(new ServerProcessResource(
                ResourceNames.Cache, command, directory, ReferenceExpression.Create($"127.0.0.1:{portText}")))
            .WithServerCommand(RedisCommand.Create(command, port, directory, durable: true))
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithIconName("Database")
            .WithTcpHealthCheckOnEndpoint("tcp")
            .ExcludeFromManifest();
        services.Add(redis, redis, $"Redis ({command}) on 127.0.0.1:{portText}, data in {directory}");
    }
}
