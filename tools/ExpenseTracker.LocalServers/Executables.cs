namespace ExpenseTracker.LocalServers;

/// <summary>Where a program is installed: a well-known path first, then the folders of PATH.</summary>
public static class Executables
{
    public static string? Find(string program, params string[] wellKnownPaths) =>
        wellKnownPaths.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    public static bool Has(string program, params string[] wellKnownPaths) => Find(program, wellKnownPaths) is not null;
}
