using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace ExpenseTracker.AppHost.Hosting;

/// <summary>
/// Asks the container runtime whether its engine answers (<c>docker info</c> / <c>podman info</c>), with a short
/// timeout. A CLI without a running engine fails at once; a hung engine counts as absent.
/// </summary>
internal static class ContainerRuntimeProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>The runtime Aspire would use (<c>ASPIRE_CONTAINER_RUNTIME</c>), or docker then podman.</summary>
    public static IReadOnlyList<string> Candidates(IConfiguration configuration) =>
        configuration["ASPIRE_CONTAINER_RUNTIME"] is { Length: > 0 } chosen ? [chosen]
        : configuration["DcpPublisher:ContainerRuntime"] is { Length: > 0 } configured ? [configured]
        : ["docker", "podman"];

    /// <summary>The first candidate whose engine answers, or null when none does.</summary>
    public static string? FindHealthyRuntime(IEnumerable<string> candidates) => candidates.FirstOrDefault(IsHealthy);

    private static bool IsHealthy(string runtime)
    {
        var start = new ProcessStartInfo(runtime, "info")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            // Drain the output so that a talkative engine cannot block on a full pipe.
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
