namespace ExpenseTracker.Benchmark;

/// <summary>How much data and how long each measurement runs: the full benchmark, or the quick smoke run of the harness.</summary>
internal sealed record BenchmarkProfile
{
    public static BenchmarkProfile Full { get; } = new()
    {
        Name = "full",
        LargeHistory = 100_000,
        OtherUsers = 900,
        OtherHistory = 1_000,
        ImportFileRows = 50_000,
        ImportParallelism = 3,
        Warmup = TimeSpan.FromSeconds(3),
        ThroughputRound = TimeSpan.FromSeconds(8),
        ThroughputRounds = 3,
        ThroughputConnections = 64,
        ListDuration = TimeSpan.FromSeconds(20),
        ListConnections = 8,
        UncachedReportSamples = 300,
        MixedWarmup = TimeSpan.FromSeconds(10),
        MixedDuration = TimeSpan.FromSeconds(60),
        MixedConnections = 1_000,
        WriteDuration = TimeSpan.FromSeconds(20),
        WriteConnections = 32,
    };

    public static BenchmarkProfile Quick { get; } = new()
    {
        Name = "quick",
        LargeHistory = 2_000,
        OtherUsers = 20,
        OtherHistory = 100,
        ImportFileRows = 1_000,
        ImportParallelism = 3,
        Warmup = TimeSpan.FromSeconds(1),
        ThroughputRound = TimeSpan.FromSeconds(1),
        ThroughputRounds = 1,
        ThroughputConnections = 16,
        ListDuration = TimeSpan.FromSeconds(1),
        ListConnections = 4,
        UncachedReportSamples = 20,
        MixedWarmup = TimeSpan.FromSeconds(1),
        MixedDuration = TimeSpan.FromSeconds(2),
        MixedConnections = 50,
        WriteDuration = TimeSpan.FromSeconds(1),
        WriteConnections = 4,
    };

    public required string Name { get; init; }

    /// <summary>Expenses of the user with the largest history (the list and uncached-report measurements use them).</summary>
    public required int LargeHistory { get; init; }

    public required int OtherUsers { get; init; }

    public required int OtherHistory { get; init; }

    public int TotalExpenses => LargeHistory + OtherUsers * OtherHistory;

    /// <summary>Rows per imported CSV file: a history larger than this is imported as several files.</summary>
    public required int ImportFileRows { get; init; }

    public required int ImportParallelism { get; init; }

    public required TimeSpan Warmup { get; init; }

    /// <summary>One round of the bare endpoint and the cached report each; the rounds alternate, the medians count.</summary>
    public required TimeSpan ThroughputRound { get; init; }

    public required int ThroughputRounds { get; init; }

    public required int ThroughputConnections { get; init; }

    public required TimeSpan ListDuration { get; init; }

    public required int ListConnections { get; init; }

    public required int UncachedReportSamples { get; init; }

    public required TimeSpan MixedWarmup { get; init; }

    public required TimeSpan MixedDuration { get; init; }

    public required int MixedConnections { get; init; }

    public required TimeSpan WriteDuration { get; init; }

    public required int WriteConnections { get; init; }

    /// <summary>The pause of each virtual user between two calls of the mixed scenario, as in k6/load.js.</summary>
    public TimeSpan ThinkMin { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan ThinkMax { get; init; } = TimeSpan.FromMilliseconds(1500);
}
