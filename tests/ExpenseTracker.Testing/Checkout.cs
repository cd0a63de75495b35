namespace ExpenseTracker.Testing;

/// <summary>The repository checkout the tests run from: its files and the build output of its projects.</summary>
public static class Checkout
{
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the checkout.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// The assembly of a project (e.g. <c>services/ExpenseTracker.Api</c>), built in the configuration and for the
    /// framework this test assembly was built in.
    /// </summary>
    public static string BuiltAssembly(string projectFolder, string assemblyName)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var path = Path.Combine(Root, projectFolder, "bin", configuration, framework, $"{assemblyName}.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{assemblyName} is not built; build the solution first.", path);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ExpenseTracker.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the ExpenseTracker checkout: ExpenseTracker.sln was not found above " + AppContext.BaseDirectory);
    }
}
