using System.Diagnostics;
using System.Globalization;

namespace ExpenseTracker.Benchmark.Load;

/// <summary>
/// Runs wrk (HTTP/1.1 keep-alive, two threads as there are two cores here) with one of the benchmark's Lua scenarios:
/// common.lua, the scenario, then summary.lua, which prints the figures as one JSON line.
/// </summary>
internal sealed class Wrk(string workDirectory, string dataFile)
{
    public const string Program = "wrk";

    private static readonly string ScriptDirectory = Path.Combine(AppContext.BaseDirectory, "wrk");

    public async Task<WrkResult> RunAsync(
        Uri target, string scenario, int connections, TimeSpan duration, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null)
    {
        var script = Path.Combine(workDirectory, $"{scenario}.lua");
        if (!File.Exists(script))
        {
            await File.WriteAllTextAsync(
                script,
                string.Join('\n', new[] { "common", scenario, "summary" }.Select(part => File.ReadAllText(Path.Combine(ScriptDirectory, $"{part}.lua")))),
                cancellationToken);
        }

        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--threads", $"{Math.Min(2, connections)}",
            "--connections", $"{connections}",
            "--duration", $"{Math.Max(1, (int)duration.TotalSeconds)}s",
            "--timeout", "10s",
            "--script", script,
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Add("--header");
            start.ArgumentList.Add($"{name}: {value}");
        }

        start.ArgumentList.Add(target.ToString());
        start.ArgumentList.Add("--");
        start.ArgumentList.Add(dataFile);

        using var process = Process.Start(start) ?? throw new BenchmarkException("wrk did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(duration + TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new BenchmarkException($"wrk ran past its {duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s and was stopped.");
        }

        if (process.ExitCode != 0)
        {
            throw new BenchmarkException($"wrk failed ({process.ExitCode}): {await errors}{await output}");
        }

        return WrkResult.Parse(await output);
    }
}
