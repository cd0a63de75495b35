using ExpenseTracker.Application.Common;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ExpenseTracker.Infrastructure.Caching;

/// <summary>
/// View generations in Redis, shared by every API replica: a change increments the user's counter before it is
/// acknowledged, and cached reads ask for it: in a round trip that went out after the read began (shared with the
/// reads that wait alongside it), or within the lease of one that did (<see cref="GenerationLeases"/>; a change waits
/// the lease out before it is acknowledged). While Redis is failing the generation is unknown and reads go to the
/// store, so no replica serves a view older than an acknowledged change.
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
                _ = AskAsync(userId);
            }

            return held;
        }

        return await AskAsync(userId);
    }

    /// <summary>Reads the generation from Redis and holds it for a lease; null while Redis fails.</summary>
    private async Task<long?> AskAsync(string userId)
    {
        try
        {
            var askedAt = _leases.AskingNow();
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
