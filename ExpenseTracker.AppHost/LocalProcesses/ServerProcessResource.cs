using ExpenseTracker.LocalServers.Commands;

namespace ExpenseTracker.AppHost.LocalProcesses;

/// <summary>A backing server run as a local process, whose connection string services read.</summary>
internal sealed class ServerProcessResource(string name, string command, string workingDirectory, ReferenceExpression connectionString)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression => connectionString;
}

internal static class ServerCommandResourceExtensions
{
    /// <summary>Runs <paramref name="command"/> as the resource's arguments and environment.</summary>
    public static IResourceBuilder<T> WithServerCommand<T>(this IResourceBuilder<T> builder, ServerCommand command)
        where T : ExecutableResource
    {
        builder.WithArgs([.. command.Arguments]);
        foreach (var (name, value) in command.Environment)
        {
            builder.WithEnvironment(name, value);
        }

        return builder;
    }
}
