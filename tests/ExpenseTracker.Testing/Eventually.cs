namespace ExpenseTracker.Testing;

/// <summary>Waits, within a bound, for what background work (the outbox relay, consumers, a scrape, a batch of logs) makes true a moment later.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Reads until <paramref name="done"/> holds and answers that value; fails the test, saying what it waited for, past the timeout.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, string? what = null, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited {limit.TotalSeconds:0} s for {what ?? "the condition"}; last seen: {Describe(value)}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => text,
        System.Collections.IEnumerable items => $"[{string.Join(", ", items.Cast<object?>())}]",
        _ => value.ToString() ?? string.Empty,
    };
}
