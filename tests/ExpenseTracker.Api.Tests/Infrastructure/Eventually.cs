namespace ExpenseTracker.Api.Tests.Infrastructure;

/// <summary>Waits for what background work (the outbox relay, consumers, the scheduler) makes true a moment later.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Still not done after waiting: {value}");
            }

            await Task.Delay(50);
        }
    }
}
