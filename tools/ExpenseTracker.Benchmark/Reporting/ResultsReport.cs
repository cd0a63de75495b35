using System.Globalization;
using System.Text;
using ExpenseTracker.Benchmark.Load;

namespace ExpenseTracker.Benchmark.Reporting;

/// <summary>The results as Markdown: the machine, the settings, one column per configuration, the targets.</summary>
internal static class ResultsReport
{
    private const string Yes = "✅";
    private const string No = "❌";

    public static string Build(MachineInfo machine, BenchmarkProfile profile, string buildConfiguration, DateTimeOffset when, IReadOnlyList<Measurements> runs, IReadOnlyList<string> skipped)
    {
        var md = new StringBuilder();
        md.AppendLine("# Load results").AppendLine();
        md.AppendLine(Invariant($"Written by the benchmark (`dotnet run -c Release --project tools/ExpenseTracker.Benchmark`, see [README.md](README.md)) on {when:yyyy-MM-dd}, profile *{profile.Name}*."));
        md.AppendLine("Every figure below comes from that one run on the machine below; run the command to measure yours.").AppendLine();

        md.AppendLine("## Machine").AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| processor | {machine.Processor} |");
        md.AppendLine(Invariant($"| cores | {machine.Cores} |"));
        md.AppendLine(CultureInfo.InvariantCulture, $"| memory | {machine.Memory} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| system | {machine.OperatingSystem} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| .NET | {machine.Runtime}, {buildConfiguration} build |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| tools | {string.Join(", ", machine.Tools)} |").AppendLine();
        md.AppendLine("The load generator (wrk, two threads, HTTP/1.1 keep-alive) runs on the same machine and shares its cores with the");
        md.AppendLine("servers; everything talks over loopback.").AppendLine();

        md.AppendLine("## Settings of the run").AppendLine();
        md.AppendLine("- `RateLimiting:PermitsPerSecond` = `RateLimiting:Burst` = 1,000,000: per-user rate limiting stays on but never refuses.");
        md.AppendLine("  The load comes from a few hundred users at far more requests per second than people make; with the defaults");
        md.AppendLine("  (50 per second, bursts of 200) most of it would be answered 429.");
        md.AppendLine(Invariant($"- `Archive:Enabled` = false: all {profile.TotalExpenses:N0} expenses stay in the live table (by default months older than 24 move to blob storage)."));
        md.AppendLine("- Everything else as shipped: SQLite with `synchronous = FULL` (an acknowledged write is on disk), the transactional");
        md.AppendLine("  outbox and its relay, HybridCache, a JWT validated on every request, OpenTelemetry metrics and traces, Serilog.").AppendLine();

        md.AppendLine("## Results").AppendLine();
        md.Append("| measurement |").AppendJoin(string.Empty, runs.Select(run => $" {run.Configuration} |")).AppendLine();
        md.Append("|---|").AppendJoin(string.Empty, runs.Select(_ => "---|")).AppendLine();
        Row(md, runs, Invariant($"seeding: {profile.TotalExpenses:N0} expenses ({profile.LargeHistory:N0} for one user), CSV imports through the client"), Seeding);
        Row(md, runs, Invariant($"bare endpoint `GET /alive`, {profile.ThroughputConnections} connections"), run => Invariant($"{run.BareRequestsPerSecond:N0} req/s"));
        Row(md, runs, Invariant($"cached `GET /reports/monthly`, signed in, {profile.ThroughputConnections} connections"), run =>
            Invariant($"{run.CachedReportRequestsPerSecond:N0} req/s = **{run.CachedReportRatio:0.00} × bare**"));
        Row(md, runs, Invariant($"`GET /expenses` first page, a year and a category, {profile.LargeHistory:N0} rows, {profile.ListConnections} connections"), run =>
            Invariant($"p50 {Ms(run.List.P50)} / **p95 {Ms(run.List.P95)}** / p99 {Ms(run.List.P99)} ms; {run.List.RequestsPerSecond:N0} req/s = {run.OfBare(run.List):0.00} × bare"));
        Row(md, runs, Invariant($"uncached `GET /reports/monthly`, {profile.LargeHistory:N0} rows, one at a time after a write"), run =>
            Invariant($"p50 {run.UncachedReport.Percentile(50):0.0} / **p95 {run.UncachedReport.Percentile(95):0.0}** / p99 {run.UncachedReport.Percentile(99):0.0} ms ({run.UncachedReport.Count} samples)"));
        Row(md, runs, Invariant($"mixed scenario, {profile.MixedConnections:N0} connections, {profile.MixedDuration.TotalSeconds:0} s"), run =>
            Invariant($"**{run.Mixed.Errors:N0} errors** in {run.Mixed.Requests:N0} requests; p50 {Ms(run.Mixed.P50)} / p95 {Ms(run.Mixed.P95)} / **p99 {Ms(run.Mixed.P99)}** ms; {run.Mixed.RequestsPerSecond:N0} req/s = {run.OfBare(run.Mixed):0.00} × bare"));
        Row(md, runs, Invariant($"writes `POST /expenses` with the outbox, {profile.WriteConnections} connections, {profile.WriteDuration.TotalSeconds:0} s"), run =>
            Invariant($"**{run.Writes.RequestsPerSecond:N0} writes/s** = {run.OfBare(run.Writes):0.00} × bare; p50 {Ms(run.Writes.P50)} / p99 {Ms(run.Writes.P99)} ms; {run.Writes.Errors:N0} errors; all events published {run.WritesPublished.TotalSeconds:0.0} s after the last write"));
        foreach (var reason in skipped)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Not run: {reason}");
        }

        md.AppendLine().AppendLine("## Targets").AppendLine();
        md.Append("| target |").AppendJoin(string.Empty, runs.Select(run => $" {run.Configuration} |")).AppendLine();
        md.Append("|---|").AppendJoin(string.Empty, runs.Select(_ => "---|")).AppendLine();
        Row(md, runs, "cached report ≥ 0.5 × the bare endpoint's throughput", run => Mark(run.CachedReportRatio >= 0.5, Invariant($"{run.CachedReportRatio:0.00} ×")));
        Row(md, runs, Invariant($"{profile.MixedConnections:N0} concurrent connections: zero errors, p99 ≤ 500 ms"), run =>
            Mark(run.Mixed.Errors == 0 && run.Mixed.P99 <= 500_000, Invariant($"{run.Mixed.Errors:N0} errors, p99 {Ms(run.Mixed.P99)} ms")));
        Row(md, runs, Invariant($"first page of expenses at {profile.LargeHistory:N0} rows: p95 ≤ 50 ms"), run => Mark(run.List.P95 <= 50_000, Invariant($"{Ms(run.List.P95)} ms")));
        Row(md, runs, Invariant($"monthly report uncached at {profile.LargeHistory:N0} rows: p95 ≤ 100 ms"), run =>
            Mark(run.UncachedReport.Percentile(95) <= 100, Invariant($"{run.UncachedReport.Percentile(95):0.0} ms")));

        md.AppendLine().AppendLine("## How each figure is measured").AppendLine();
        md.AppendLine(Invariant($"- **Seeding**: {profile.OtherUsers + 1:N0} users signed in through the local token endpoint; each history is a CSV file (files of at most {profile.ImportFileRows:N0} rows) imported through the typed client, {profile.ImportParallelism} imports at a time, then counted through the client. The time runs from the first import to the last answer; the events of every imported row are published by the outbox relay afterwards (the second figure)."));
        md.AppendLine("- **Bare endpoint and cached report**: wrk against `/alive` (no authentication, no data) and against the monthly report of last month for the user with the largest history, already cached; the two alternate in rounds of equal length and the medians are compared.");
        md.AppendLine("- **First page of expenses**: wrk, each request a random year of the history and a random category of the user with the largest history (`from`, `to`, `categoryId`), default sort, page size 50, with the total count.");
        md.AppendLine("- **Uncached report**: through the typed client, one request at a time; before each sample an expense is recorded in the month asked for, which drops the user's cached reports, so each report is built from the store (the time of the report call only).");
        md.AppendLine(Invariant($"- **Mixed scenario**: wrk with `wrk/mixed.lua`, the scenario of `k6/load.js`: every user of the run, each request 30 % first page of expenses, 20 % a filtered list (a recent month, a category, sorted by amount), 25 % a monthly report, 15 % a new expense, 10 % an update; each connection thinks {profile.ThinkMin.TotalMilliseconds:0}–{profile.ThinkMax.TotalMilliseconds:0} ms between requests. An error is any refused or broken connection, a timeout (10 s) or an answer other than 2xx/3xx. After a warm-up of {profile.MixedWarmup.TotalSeconds:0} s."));
        md.AppendLine("- **Writes**: wrk posting new expenses for random users as fast as the connections allow; each write commits the expense and its outbox message in one transaction; then the time until the relay has published every event.");
        md.AppendLine("- Between steps the benchmark waits until the outbox holds nothing unpublished, so the relay's catching up does not land in the next figure. Latencies are wrk's (from the request's first byte to the answer's last), in milliseconds.");
        return md.ToString();
    }

    private static string Seeding(Measurements run) =>
        run.Seeding is { } seeding
            ? Invariant($"{seeding.Elapsed.TotalSeconds:0} s = **{seeding.Expenses / seeding.Elapsed.TotalSeconds:N0} expenses/s** ({seeding.Files:N0} files); events published {run.SeedingPublished?.TotalSeconds ?? 0:0} s later")
            : "the same data";

    private static void Row(StringBuilder md, IReadOnlyList<Measurements> runs, string name, Func<Measurements, string> cell) =>
        md.Append("| ").Append(name).Append(" |").AppendJoin(string.Empty, runs.Select(run => $" {cell(run)} |")).AppendLine();

    private static string Mark(bool met, string value) => $"{(met ? Yes : No)} {value}";

    private static string Ms(long microseconds) => (microseconds / 1000.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
