using ExpenseTracker.Benchmark;
using ExpenseTracker.LocalServers;
using ExpenseTracker.Testing;

namespace ExpenseTracker.Benchmark.Tests;

/// <summary>
/// The benchmark is not part of the test run (it takes ten minutes); its quick mode is, end to end, so the harness
/// cannot rot: servers start, data is seeded through the client, every wrk scenario runs, the results are written.
/// The figures themselves are not judged here: the benchmark records them.
/// </summary>
public sealed class QuickBenchmarkTests(ITestOutputHelper output)
{
    private static readonly string[] Measurements =
    [
        "| bare endpoint `GET /alive`",
        "| cached `GET /reports/monthly`",
        "| `GET /expenses` first page",
        "| uncached `GET /reports/monthly`",
        "| mixed scenario",
        "| writes `POST /expenses`",
    ];

    [Fact]
    public async Task The_quick_run_measures_every_figure_in_each_configuration_and_writes_the_results()
    {
        InstalledServers.Require(InstalledServers.Wrk);
        var resultsFile = Path.Combine(Path.GetTempPath(), $"expensetracker-benchmark-results-{Guid.NewGuid():N}.md");
        var log = new StringWriter();
        try
        {
            var exitCode = await BenchmarkCommand.RunAsync(["--quick", "--output", resultsFile], log, TestContext.Current.CancellationToken);
            output.WriteLine(log.ToString());

            Assert.Equal(0, exitCode);
            var results = await File.ReadAllTextAsync(resultsFile, TestContext.Current.CancellationToken);
            var distributed = RedisServer.IsInstalled && RabbitMqServer.IsInstalled;
            var configurations = distributed ? 2 : 1;
            Assert.Contains("| cores | ", results);
            Assert.Contains("RateLimiting:PermitsPerSecond", results);
            // Seeded once; the second configuration runs on the same data.
            var seeding = Cells(results, "| seeding:");
            Assert.Matches(@"\d+ s = \*\*[\d,]+ expenses/s\*\*", seeding[0]);
            Assert.All(seeding.Skip(1), cell => Assert.Equal("the same data", cell));
            foreach (var measurement in Measurements)
            {
                var cells = Cells(results, measurement);
                Assert.Equal(configurations, cells.Count);
                Assert.All(cells, cell => Assert.Matches(@"\d", cell));
            }

            Assert.Equal(4, results.Split('\n').Count(line => line.StartsWith('|') && (line.Contains('✅') || line.Contains('❌'))));
            if (!distributed)
            {
                Assert.Contains("Not run: SQLite + Redis + RabbitMQ", results);
            }
        }
        finally
        {
            File.Delete(resultsFile);
        }
    }

    /// <summary>The value cells of the results table's row that starts with <paramref name="row"/>.</summary>
    private static List<string> Cells(string results, string row)
    {
        var line = results.Split('\n').Single(candidate => candidate.StartsWith(row, StringComparison.Ordinal));
        return line.Split('|', StringSplitOptions.TrimEntries).Skip(2).SkipLast(1).ToList();
    }
}
