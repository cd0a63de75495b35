using System.Globalization;
using ExpenseTracker.AppHost.Hosting;
using ExpenseTracker.LocalServers;
using ExpenseTracker.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.AppHost.LocalProcesses;

/// <summary>
/// mongod as a single-node replica set (transactions need one); its health check initiates the set on first start.
/// </summary>
internal static class LocalMongoDb
{
    private const string ReplicaSetName = "rs0";

    public static void AddLocalMongoDb(this IDistributedApplicationBuilder builder, AppHostSettings settings, BackingServices services)
    {
        if (Executables.Find("mongod") is not { } mongod)
        {
            services.Choose(ResourceNames.ExpenseDatabase,
                "SQLite file under the data folder (mongod not found: install MongoDB Community Server, or start a container runtime)");
            return;
        }

        var port = FreePort.Next();
        var portText = port.ToString(CultureInfo.InvariantCulture);
        var directory = settings.ServerDirectory(ResourceNames.MongoServer);
        var dataDirectory = Path.Combine(directory, "db");
        Directory.CreateDirectory(dataDirectory);
        var serverAddress = $"127.0.0.1:{portText}";

        var server = builder.AddResource(new ServerProcessResource(
                ResourceNames.MongoServer, mongod, directory,
                ReferenceExpression.Create($"mongodb://{serverAddress}/?replicaSet={ReplicaSetName}&directConnection=true")))
            .WithArgs("--replSet", ReplicaSetName, "--bind_ip", "127.0.0.1", "--port", portText, "--dbpath", dataDirectory)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithIconName("Database")
            .ExcludeFromManifest();
        var healthCheckKey = $"{ResourceNames.MongoServer}_check";
        var replicaSet = new ReplicaSetToInitiate(ReplicaSetName, serverAddress);
        var healthCheck = new MongoDbHealthCheck(ReferenceExpression.Create($"mongodb://{serverAddress}/?directConnection=true"), replicaSet);
        builder.Services.AddHealthChecks().Add(new(healthCheckKey, _ => healthCheck, null, null));
        server.WithHealthCheck(healthCheckKey);

        var database = builder.AddResource(new ServerConnectionResource(
                ResourceNames.ExpenseDatabase, server.Resource,
                ReferenceExpression.Create($"mongodb://{serverAddress}/{ResourceNames.ExpenseDatabase}?replicaSet={ReplicaSetName}&directConnection=true")))
            .WithIconName("DatabaseStack")
            .WithParentRelationship(server.Resource);
        services.Add(database, server, $"MongoDB ({mongod}) on {serverAddress}, replica set {ReplicaSetName}, data in {dataDirectory}");
    }
}
