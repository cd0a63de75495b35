namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>Files of the repository the tests read: the infra folder and the hosts' build output.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string InfraFile(params string[] parts) => Path.Combine([Root, "infra", .. parts]);

    public static IReadOnlyList<string> DashboardFiles() =>
        Directory.GetFiles(InfraFile("grafana", "dashboards"), "*.json").Order(StringComparer.Ordinal).ToList();

    /// <summary>A host's assembly, built in the configuration this test assembly was built in.</summary>
    public static string HostAssembly(string project)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var path = Path.Combine(Root, "services", project, "bin", configuration, framework, $"{project}.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{project} is not built; build the solution first.", path);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ExpenseTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
