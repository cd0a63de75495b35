namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>Waits, within a bound, for what background work (the outbox relay, consumers) makes true a moment later.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, string waitingFor, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
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
                Assert.Fail($"Waited {limit.TotalSeconds:0} s for {waitingFor}; last seen: {value}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
