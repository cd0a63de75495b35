using System.Diagnostics;

namespace ExpenseTracker.Benchmark.Seeding;

/// <summary>What seeding produced: the users (the one with the largest history first), and how long the imports took.</summary>
internal sealed record SeedOutcome(IReadOnlyList<BenchUser> Users, long Expenses, int Files, TimeSpan Elapsed)
{
    public BenchUser Largest => Users[0];
}

/// <summary>
/// Gives every user of the run their history through CSV imports (the largest one in several files), a few imports
/// at a time, and checks through the client that every row arrived.
/// </summary>
internal sealed class Seeder(BenchmarkApi api, BenchmarkProfile profile, TextWriter log)
{
    public const string LargestUser = "bench-largest";

    /// <summary>Histories start on the first of January seven years ago.</summary>
    public static DateOnly HistoryStart(DateOnly today) => new(today.Year - 7, 1, 1);

    public async Task<SeedOutcome> SeedAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var first = HistoryStart(today);
        var names = new[] { LargestUser }.Concat(Enumerable.Range(1, profile.OtherUsers).Select(index => $"bench-user-{index:D4}")).ToList();
        var users = new BenchUser[names.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, names.Count), Parallelism(8, cancellationToken), async (index, token) =>
            users[index] = await api.SignInAsync(names[index], token));

        var imports = Imports(users, first, today);
        log.WriteLine($"  seeding {profile.TotalExpenses:N0} expenses for {users.Length:N0} users: {imports.Count:N0} CSV imports, {profile.ImportParallelism} at a time");
        long imported = 0;
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(imports, Parallelism(profile.ImportParallelism, cancellationToken), async (import, token) =>
        {
            var result = await api.ImportAsync(import.User, import.Csv(), token);
            if (result.Imported != import.Rows || result.Errors.Count > 0)
            {
                throw new BenchmarkException(
                    $"Importing {import.Rows} rows for {import.User.Name} imported {result.Imported} ({result.Duplicates} duplicates, {result.Errors.Count} errors).");
            }

            Interlocked.Add(ref imported, result.Imported);
            var count = Interlocked.Increment(ref done);
            if (count % Math.Max(1, imports.Count / 10) == 0)
            {
                log.WriteLine($"    {Interlocked.Read(ref imported):N0} expenses after {clock.Elapsed.TotalSeconds:0} s");
            }
        });
        clock.Stop();

        await VerifyAsync(users, cancellationToken);
        return new SeedOutcome(users, imported, imports.Count, clock.Elapsed);
    }

    private List<Import> Imports(BenchUser[] users, DateOnly first, DateOnly today)
    {
        var imports = new List<Import>();

        // The largest history first, in files of one history (no row repeats another file's); then one file per user.
        var largest = new ExpenseHistory(1, first, today);
        for (var remaining = profile.LargeHistory; remaining > 0; remaining -= profile.ImportFileRows)
        {
            var rows = Math.Min(remaining, profile.ImportFileRows);
            var csv = largest.NextFile(rows);
            imports.Add(new Import(users[0], rows, () => csv));
        }

        for (var index = 1; index < users.Length; index++)
        {
            var seed = index + 1;
            imports.Add(new Import(users[index], profile.OtherHistory, () => new ExpenseHistory(seed, first, today).NextFile(profile.OtherHistory)));
        }

        return imports;
    }

    private async Task VerifyAsync(BenchUser[] users, CancellationToken cancellationToken)
    {
        var largest = await api.CountAsync(users[0], cancellationToken);
        if (largest != profile.LargeHistory)
        {
            throw new BenchmarkException($"{users[0].Name} has {largest} expenses instead of {profile.LargeHistory}.");
        }

        foreach (var user in users.Skip(1).Where((_, index) => index % Math.Max(1, users.Length / 5) == 0))
        {
            var count = await api.CountAsync(user, cancellationToken);
            if (count != profile.OtherHistory)
            {
                throw new BenchmarkException($"{user.Name} has {count} expenses instead of {profile.OtherHistory}.");
            }
        }
    }

    private static ParallelOptions Parallelism(int degree, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };

    private sealed record Import(BenchUser User, int Rows, Func<byte[]> Csv);
}
