using ExpenseTracker.Application.Common;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ExpenseTracker.Infrastructure.Caching;

/// <summary>
/// View generations in Redis, shared by every API replica: a change increments the user's counter before it is
/// acknowledged, and cached reads ask for it: in a round trip that went out after the read began (shared with the
/// reads that wait alongside it), or within the lease of one that went out before (<see cref="GenerationLeases"/>: the
/// answer held, or awaited when the ask is still on its way; a change waits the lease out before it is acknowledged).
/// While Redis is failing the generation is unknown and reads go to the store, so no replica serves a view older than
/// an acknowledged change.
/// </summary>
public sealed partial class RedisViewGenerations(IConnectionMultiplexer redis, RedisOutage outage, TimeProvider clock, ILogger<RedisViewGenerations> logger)
    : IViewGenerations
{
    /// <summary>Longer than any cached view lives, so a counter that expired has no views left under its old values.</summary>
    private static readonly TimeSpan CounterLifetime = TimeSpan.FromDays(1);

    private readonly BatchedKeyReads _reads = new(keys => redis.GetDatabase().StringGetAsync(keys));
    private readonly GenerationLeases _leases = new(clock);

    public async ValueTask<long?> CurrentAsync(string userId, CancellationToken cancellationToken)
    {
        if (outage.Ongoing)
        {
            return null;
        }

        if (_leases.TryGet(userId, out var held, out var renew))
        {
            if (renew)
            {
                _ = Ask(userId);
            }

            return held;
        }

        var answer = _leases.TryJoin(userId, out var asked) ? asked : Ask(userId);
        // Many reads can wait for one answer: each resumes on a thread-pool work item of its own, not one after another.
        return await answer.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
    }

    private Task<long?> Ask(string userId)
    {
        var askedAt = _leases.AskingNow();
        var answer = AskAsync(userId, askedAt);
        _leases.Asked(userId, answer, askedAt);
        return answer;
    }

    /// <summary>Reads the generation from Redis and holds it for a lease; null while Redis fails.</summary>
    private async Task<long?> AskAsync(string userId, long askedAt)
    {
        try
        {
            var value = await _reads.ReadAsync(Key(userId));
            var generation = value.HasValue ? (long)value : 0;
            _leases.Keep(userId, generation, askedAt);
            return generation;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            outage.Record(exception);
            return null;
        }
    }

    public async ValueTask AdvanceAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            var database = redis.GetDatabase();
            var key = Key(userId);
            await database.StringIncrementAsync(key);
            await database.KeyExpireAsync(key, CounterLifetime, flags: CommandFlags.FireAndForget);
            await _leases.OutlastAsync(userId);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // The change is stored; other replicas drop their copies of the user's views when its event arrives.
            outage.Record(exception);
            LogNotAdvanced(userId);
        }
    }

    private static RedisKey Key(string userId) => $"expensetracker:views:{userId}";

    [LoggerMessage(LogLevel.Warning, "The view generation of user {UserId} could not be moved; other API replicas drop their cached views when the change's event reaches them")]
    private partial void LogNotAdvanced(string userId);
}
