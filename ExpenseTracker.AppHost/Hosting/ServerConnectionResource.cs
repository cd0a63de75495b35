namespace ExpenseTracker.AppHost.Hosting;

/// <summary>
/// A connection string that belongs to a server resource (a database on a MongoDB server, the blob service of a
/// storage emulator). Services reference it by its name, which is the connection string name they read.
/// </summary>
internal sealed class ServerConnectionResource(string name, IResource server, ReferenceExpression connectionString)
    : Resource(name), IResourceWithParent<IResource>, IResourceWithConnectionString
{
    public IResource Parent => server;

    public ReferenceExpression ConnectionStringExpression => connectionString;
}
