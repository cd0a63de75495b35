namespace ExpenseTracker.AppHost.Containers;

/// <summary>
/// A MongoDB server in a container, started as a single-node replica set so that multi-document transactions work.
/// Its connection string names no database; <see cref="DatabaseConnectionString"/> does.
/// </summary>
internal sealed class MongoDbServerResource(string name, ParameterResource password) : ContainerResource(name), IResourceWithConnectionString
{
    public const string PrimaryEndpointName = "tcp";
    public const int DefaultPort = 27017;
    public const string UserName = "root";
    public const string ReplicaSetName = "rs0";

    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, PrimaryEndpointName);

    public ReferenceExpression ConnectionStringExpression => DatabaseConnectionString(string.Empty);

    // directConnection: the replica set's only member calls itself localhost, which clients outside the container cannot reach.
    public ReferenceExpression DatabaseConnectionString(string database) =>
        ReferenceExpression.Create(
            $"mongodb://{UserName}:{PasswordParameter}@{PrimaryEndpoint.Property(EndpointProperty.HostAndPort)}/{database}?authSource=admin&directConnection=true");
}
