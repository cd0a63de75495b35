namespace ExpenseTracker.LocalServers.Commands;

/// <summary>
/// How one of our backing servers is started on loopback: its program, arguments and environment. The same command
/// serves the AppHost's local-process mode (as an Aspire resource) and the tests and the benchmark (as a
/// <see cref="ServerProcess"/>), so each server is described once.
/// </summary>
public sealed record ServerCommand(string Program, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment)
{
    public ServerCommand(string program, IReadOnlyList<string> arguments)
        : this(program, arguments, new Dictionary<string, string>())
    {
    }

    public ServerProcess Start(string? logFile = null) => ServerProcess.Start(Program, Arguments, Environment, logFile);
}
