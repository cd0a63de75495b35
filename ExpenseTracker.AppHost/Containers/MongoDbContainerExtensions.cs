using ExpenseTracker.AppHost.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.AppHost.Containers;

/// <summary>MongoDB as a container, written the way Aspire's own hosting integrations are.</summary>
internal static class MongoDbContainerExtensions
{
    public const string Image = "mongo";
    public const string Tag = "8.0";

    // The official image's entrypoint creates the root user on first start; the replica set then needs a key file
    // (authentication between members) and one rs.initiate, which this script retries until the server accepts it.
    private const string StartScript =
        """
        set -e
        head -c 756 /dev/urandom | base64 > /tmp/replica.key
        chmod 400 /tmp/replica.key
        chown mongodb:mongodb /tmp/replica.key
        (until mongosh --quiet -u "$MONGO_INITDB_ROOT_USERNAME" -p "$MONGO_INITDB_ROOT_PASSWORD" --authenticationDatabase admin --eval "try { rs.status().ok } catch (e) { rs.initiate({_id: 'rs0', members: [{_id: 0, host: 'localhost:27017'}]}).ok }" >/dev/null 2>&1; do sleep 2; done) &
        exec docker-entrypoint.sh mongod --replSet rs0 --keyFile /tmp/replica.key --bind_ip_all
        """;

    public static IResourceBuilder<MongoDbServerResource> AddMongoDb(this IDistributedApplicationBuilder builder, string name)
    {
        var password = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password", special: false);
        var server = new MongoDbServerResource(name, password);

        var healthCheckKey = $"{name}_check";
        var healthCheck = new MongoDbHealthCheck(server.ConnectionStringExpression);
        builder.Services.AddHealthChecks().Add(new(healthCheckKey, _ => healthCheck, failureStatus: null, tags: null));

        return builder.AddResource(server)
            .WithImage(Image, Tag)
            .WithImageRegistry("docker.io")
            .WithIconName("Database")
            .WithEndpoint(port: null, targetPort: MongoDbServerResource.DefaultPort, name: MongoDbServerResource.PrimaryEndpointName, scheme: "tcp")
            .WithEnvironment("MONGO_INITDB_ROOT_USERNAME", MongoDbServerResource.UserName)
            .WithEnvironment("MONGO_INITDB_ROOT_PASSWORD", server.PasswordParameter)
            .WithEntrypoint("bash")
            .WithArgs("-c", StartScript)
            .WithHealthCheck(healthCheckKey)
            .WithContainerHealthCheck(
                TimeSpan.FromSeconds(30),
                "CMD-SHELL",
                "mongosh --quiet --eval 'db.hello().isWritablePrimary' | grep -q true");
    }

    public static IResourceBuilder<MongoDbServerResource> WithDataVolume(this IResourceBuilder<MongoDbServerResource> builder) =>
        builder.WithDataVolumeAt("/data/db");

    /// <summary>The database services use; its connection string is the server's with the database name.</summary>
    public static IResourceBuilder<ServerConnectionResource> AddDatabase(this IResourceBuilder<MongoDbServerResource> builder, string name) =>
        builder.ApplicationBuilder.AddResource(new ServerConnectionResource(name, builder.Resource, builder.Resource.DatabaseConnectionString(name)))
            .WithIconName("DatabaseStack")
            .WithParentRelationship(builder.Resource);
}
