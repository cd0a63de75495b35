using System.Reflection;

namespace ExpenseTracker.Benchmark.Hosting;

/// <summary>Where the build put the hosts the benchmark starts (built with it, in its configuration) and the results file.</summary>
internal static class BuildOutputs
{
    public static string ApiAssembly => Metadata("ExpenseTracker.ApiAssembly");

    public static string WorkerAssembly => Metadata("ExpenseTracker.WorkerAssembly");

    public static string ResultsFile => Metadata("ExpenseTracker.ResultsFile");

    public static string Configuration => Metadata("ExpenseTracker.BuildConfiguration");

    private static string Metadata(string key) =>
        typeof(BuildOutputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new BenchmarkException($"The benchmark was built without its {key} metadata.");
}
