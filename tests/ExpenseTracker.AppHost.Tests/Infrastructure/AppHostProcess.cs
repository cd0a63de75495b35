using System.Diagnostics;
using System.Reflection;

namespace ExpenseTracker.AppHost.Tests.Infrastructure;

/// <summary>Runs the built AppHost as its own process, as a developer or azd would (used for publishing).</summary>
public static class AppHostProcess
{
    public static string ProjectDirectory =>
        Directory.Exists(Projects.ExpenseTracker_AppHost.ProjectPath)
            ? Projects.ExpenseTracker_AppHost.ProjectPath
            : Path.GetDirectoryName(Projects.ExpenseTracker_AppHost.ProjectPath)!;

    public static async Task RunAsync(params string[] arguments)
    {
        var configuration = typeof(AppHostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var assembly = Path.Combine(ProjectDirectory, "bin", configuration, "net10.0", "ExpenseTracker.AppHost.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"the AppHost exited with {process.ExitCode}:\n{await output}\n{await errors}");
    }
}
