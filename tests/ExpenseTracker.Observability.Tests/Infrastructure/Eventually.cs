namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>Waits for what background work (a consumer, a scrape, a batch of logs) makes true a moment later.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Still not done after waiting: {what ?? value?.ToString()}");
            }

            await Task.Delay(100);
        }
    }
}
