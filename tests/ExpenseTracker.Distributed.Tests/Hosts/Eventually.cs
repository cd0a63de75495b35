namespace ExpenseTracker.Distributed.Tests.Hosts;

/// <summary>Waits for what background work makes true a moment later.</summary>
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

            await Task.Delay(50);
        }
    }
}
