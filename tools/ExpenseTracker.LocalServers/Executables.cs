namespace ExpenseTracker.LocalServers;

/// <summary>Where a program is installed: a well-known path first, then the folders of PATH (on Windows, also with each extension of PATHEXT).</summary>
public static class Executables
{
    public static string? Find(string program, params string[] wellKnownPaths) =>
        wellKnownPaths.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Extensions().Select(extension => Path.Combine(folder, program + extension)))
            .FirstOrDefault(File.Exists);

    public static bool Has(string program, params string[] wellKnownPaths) => Find(program, wellKnownPaths) is not null;

    private static IEnumerable<string> Extensions() =>
        OperatingSystem.IsWindows()
            ? [string.Empty, .. (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';', StringSplitOptions.RemoveEmptyEntries)]
            : [string.Empty];
}
