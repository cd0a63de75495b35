namespace ExpenseTracker.AppHost.Tests.Infrastructure;

/// <summary>The processes running on this (Linux) machine: command line and working folder.</summary>
public static class ProcessTable
{
    public sealed record Entry(int Id, string CommandLine, string WorkingDirectory);

    public static bool IsReadable => Directory.Exists("/proc/self");

    /// <summary>The processes whose command line or working folder lies in <paramref name="folder"/>.</summary>
    public static IReadOnlyList<Entry> In(string folder) =>
        All().Where(process => process.CommandLine.Contains(folder, StringComparison.Ordinal)
            || process.WorkingDirectory.StartsWith(folder, StringComparison.Ordinal)).ToList();

    private static IEnumerable<Entry> All()
    {
        foreach (var processFolder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(processFolder), out var id))
            {
                continue;
            }

            var entry = Read(id, processFolder);
            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    private static Entry? Read(int id, string processFolder)
    {
        try
        {
            var commandLine = File.ReadAllText(Path.Combine(processFolder, "cmdline")).Replace('\0', ' ').Trim();
            var workingDirectory = new FileInfo(Path.Combine(processFolder, "cwd")).LinkTarget ?? string.Empty;
            return commandLine.Length > 0 ? new Entry(id, commandLine, workingDirectory) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The process ended while it was read, or belongs to someone else.
            return null;
        }
    }
}
