namespace ExpenseTracker.AppHost.LocalProcesses;

/// <summary>A backing server run as a local process, whose connection string services read.</summary>
internal sealed class ServerProcessResource(string name, string command, string workingDirectory, ReferenceExpression connectionString)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression => connectionString;
}
