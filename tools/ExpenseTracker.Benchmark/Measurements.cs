using ExpenseTracker.Benchmark.Load;
using ExpenseTracker.Benchmark.Seeding;

namespace ExpenseTracker.Benchmark;

/// <summary>The figures of one configuration of the API.</summary>
internal sealed record Measurements
{
    public required string Configuration { get; init; }

    /// <summary>Null when the configuration reused the data seeded for another one.</summary>
    public SeedOutcome? Seeding { get; init; }

    public TimeSpan? SeedingPublished { get; init; }

    public required IReadOnlyList<WrkResult> Bare { get; init; }

    public required IReadOnlyList<WrkResult> CachedReport { get; init; }

    public required WrkResult List { get; init; }

    public required LatencySamples UncachedReport { get; init; }

    public required WrkResult Mixed { get; init; }

    public required WrkResult Writes { get; init; }

    public required TimeSpan WritesPublished { get; init; }

    public double BareRequestsPerSecond => Median(Bare.Select(run => run.RequestsPerSecond));

    public double CachedReportRequestsPerSecond => Median(CachedReport.Select(run => run.RequestsPerSecond));

    public double CachedReportRatio => CachedReportRequestsPerSecond / BareRequestsPerSecond;

    public double OfBare(WrkResult result) => result.RequestsPerSecond / BareRequestsPerSecond;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
