using System.Diagnostics;
using System.Globalization;
using ExpenseTracker.Benchmark.Hosting;
using ExpenseTracker.Benchmark.Load;
using ExpenseTracker.Benchmark.Seeding;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Benchmark;

/// <summary>
/// Measures one running configuration, step by step. Each step starts once the outbox holds nothing unpublished, so the
/// relay's work (and the cache invalidations it brings) belongs to the step that caused it.
/// </summary>
internal sealed class MeasurementRun(
    DotnetHost api, BenchmarkApi client, Wrk wrk, OutboxWatch outbox, BenchmarkProfile profile, TextWriter log)
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(5);

    public async Task<Measurements> MeasureAsync(
        string configuration, IReadOnlyList<BenchUser> users, DateOnly today, SeedOutcome? seeding, TimeSpan? seedingPublished, CancellationToken cancellationToken)
    {
        var largest = users[0];
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var reportPath = $"/api/v1/reports/monthly?month={lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";
        var signedIn = new Dictionary<string, string> { ["Authorization"] = $"Bearer {largest.Token}" };

        await SettleAsync(cancellationToken);
        Step("bare endpoint and cached monthly report");
        await client.MonthlyReportAsync(largest, lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture), cancellationToken);
        await wrk.RunAsync(Url("/alive"), "get", profile.ThroughputConnections, profile.Warmup, cancellationToken);
        await wrk.RunAsync(Url(reportPath), "get", profile.ThroughputConnections, profile.Warmup, cancellationToken, signedIn);
        var bare = new List<WrkResult>();
        var cached = new List<WrkResult>();
        for (var round = 0; round < profile.ThroughputRounds; round++)
        {
            bare.Add(Checked("bare endpoint", await wrk.RunAsync(Url("/alive"), "get", profile.ThroughputConnections, profile.ThroughputRound, cancellationToken)));
            cached.Add(Checked("cached report", await wrk.RunAsync(Url(reportPath), "get", profile.ThroughputConnections, profile.ThroughputRound, cancellationToken, signedIn)));
        }

        Step($"first page of expenses, filters on, {profile.LargeHistory:N0} rows");
        await wrk.RunAsync(Url("/"), "list", profile.ListConnections, profile.Warmup, cancellationToken);
        var list = Checked("expense list", await wrk.RunAsync(Url("/"), "list", profile.ListConnections, profile.ListDuration, cancellationToken));

        Step($"uncached monthly report, {profile.LargeHistory:N0} rows, after a write each");
        var uncached = await UncachedReportsAsync(largest, lastMonth, cancellationToken);

        await SettleAsync(cancellationToken);
        Step($"mixed scenario, {profile.MixedConnections:N0} connections, {profile.MixedDuration.TotalSeconds:0} s");
        await wrk.RunAsync(Url("/"), "mixed", profile.MixedConnections, profile.MixedWarmup, cancellationToken);
        await SettleAsync(cancellationToken);
        var mixed = await wrk.RunAsync(Url("/"), "mixed", profile.MixedConnections, profile.MixedDuration, cancellationToken);
        api.ThrowIfExited();

        await SettleAsync(cancellationToken);
        Step($"writes, {profile.WriteConnections} connections, {profile.WriteDuration.TotalSeconds:0} s");
        var writes = await wrk.RunAsync(Url("/"), "create", profile.WriteConnections, profile.WriteDuration, cancellationToken);
        var published = await outbox.WaitUntilDrainedAsync(DrainTimeout, cancellationToken);
        api.ThrowIfExited();

        return new Measurements
        {
            Configuration = configuration,
            Seeding = seeding,
            SeedingPublished = seedingPublished,
            Bare = bare,
            CachedReport = cached,
            List = list,
            UncachedReport = uncached,
            Mixed = mixed,
            Writes = writes,
            WritesPublished = published,
        };
    }

    /// <summary>
    /// Each sample records an expense in one of the last twelve months (which drops the user's cached reports), then
    /// times the report of that month: the report is built from the store every time.
    /// </summary>
    private async Task<LatencySamples> UncachedReportsAsync(BenchUser user, DateOnly lastMonth, CancellationToken cancellationToken)
    {
        var samples = new LatencySamples();
        for (var sample = 0; sample < profile.UncachedReportSamples; sample++)
        {
            var month = lastMonth.AddMonths(-(sample % 12));
            var request = new ExpenseRequest(
                12.34m, "EUR", month.AddDays(sample % 28), user.CategoryIds[sample % user.CategoryIds.Count], "Benchmark", "uncached report sample");
            await client.CreateAsync(user, request, cancellationToken);
            var clock = Stopwatch.StartNew();
            await client.MonthlyReportAsync(user, month.ToString("yyyy-MM", CultureInfo.InvariantCulture), cancellationToken);
            samples.Add(clock.Elapsed);
        }

        return samples;
    }

    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        await outbox.WaitUntilDrainedAsync(DrainTimeout, cancellationToken);
        api.ThrowIfExited();
    }

    private Uri Url(string pathAndQuery) => new(api.Address, pathAndQuery);

    private void Step(string name) => log.WriteLine($"  {DateTime.Now:HH:mm:ss} {name}");

    /// <summary>A throughput or latency figure means nothing if requests failed: those steps must have none.</summary>
    private static WrkResult Checked(string step, WrkResult result) =>
        result.Errors == 0
            ? result
            : throw new BenchmarkException($"The {step} step had {result.Errors} failed requests of {result.Requests}: {result}");
}
