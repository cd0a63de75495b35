using Microsoft.Extensions.Logging;

namespace ExpenseTracker.Infrastructure.Caching;

/// <summary>
/// Remembers that Redis just failed, for everything that uses it as a cache: for a short while they skip it, so
/// requests do not each wait for a connection timeout while Redis is down.
/// </summary>
public sealed partial class RedisOutage(TimeProvider clock, ILogger<RedisOutage> logger)
{
    /// <summary>How long Redis is skipped after it failed.</summary>
    public static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(5);

    private long _pausedUntilTicks;

    public bool Ongoing => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _pausedUntilTicks);

    public void Record(Exception exception)
    {
        Interlocked.Exchange(ref _pausedUntilTicks, (clock.GetUtcNow() + PauseAfterFailure).UtcTicks);
        LogUnavailable(exception, PauseAfterFailure);
    }

    [LoggerMessage(LogLevel.Warning, "Redis failed; cached views are served from memory and the store for {Pause}")]
    private partial void LogUnavailable(Exception exception, TimeSpan pause);
}
