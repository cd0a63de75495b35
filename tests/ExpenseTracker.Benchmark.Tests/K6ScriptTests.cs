using System.Diagnostics;
using ExpenseTracker.Benchmark.Hosting;
using ExpenseTracker.LocalServers;

namespace ExpenseTracker.Benchmark.Tests;

/// <summary>
/// k6 itself is not installable here, so its scripts are checked as far as this machine can: each parses as the
/// JavaScript module k6 loads, and the load test keeps the thresholds we promise.
/// </summary>
public sealed class K6ScriptTests
{
    private static readonly string K6Directory = Path.GetDirectoryName(BuildOutputs.ResultsFile)!;

    public static TheoryData<string> Scripts() => new(["seed.js", "smoke.js", "load.js", "stress.js", "soak.js", "lib/api.js"]);

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Each_script_parses_as_a_module(string script)
    {
        if (Executables.Find("node") is not { } node)
        {
            Assert.Skip("node is not installed: the k6 scripts cannot be parsed here.");
            return;
        }

        var start = new ProcessStartInfo(node, ["--input-type=module", "--check"])
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(await File.ReadAllTextAsync(Path.Combine(K6Directory, script), TestContext.Current.CancellationToken));
        process.StandardInput.Close();
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, $"{script} does not parse: {errors}");
    }

    [Fact]
    public async Task The_load_test_fails_above_one_request_in_a_thousand_failed_or_the_latency_targets()
    {
        var library = await File.ReadAllTextAsync(Path.Combine(K6Directory, "lib", "api.js"), TestContext.Current.CancellationToken);
        var load = await File.ReadAllTextAsync(Path.Combine(K6Directory, "load.js"), TestContext.Current.CancellationToken);

        Assert.Contains("http_req_failed: ['rate<0.001']", library);
        Assert.Contains("http_req_duration: ['p(95)<200', 'p(99)<500']", library);
        Assert.Contains("thresholds: LOAD_THRESHOLDS", load);
        Assert.Contains("__ENV.VUS || '1000'", load);
    }
}
