namespace ExpenseTracker.Benchmark.Seeding;

/// <summary>A signed-in user of the run: their token, categories, and a few of their expenses for updates.</summary>
internal sealed record BenchUser(string Name, string Token)
{
    public IReadOnlyList<Guid> CategoryIds { get; init; } = [];

    public IReadOnlyList<Guid> ExpenseIds { get; init; } = [];
}
