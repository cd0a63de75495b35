namespace ExpenseTracker.AppHost.LocalProcesses;

/// <summary>Finds a server's executable: the given well-known paths first, then the folders of PATH.</summary>
internal static class ExecutableLocator
{
    public static string? Find(string command, params string[] wellKnownPaths)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Extensions().Select(extension => Path.Combine(folder, command + extension)));
        return wellKnownPaths.Concat(onPath).FirstOrDefault(File.Exists);
    }

    private static IEnumerable<string> Extensions() =>
        OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';', StringSplitOptions.RemoveEmptyEntries)
            : [string.Empty];
}
