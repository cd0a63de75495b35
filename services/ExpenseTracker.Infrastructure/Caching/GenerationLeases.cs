using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace ExpenseTracker.Infrastructure.Caching;

/// <summary>
/// View generations this replica read from Redis, each trusted for <see cref="Lease"/> from the moment its read was
/// asked for, so a burst of cached reads asks Redis once per lease instead of once per read. A change waits out a
/// lease (and a margin) after Redis moved the generation and before it is acknowledged: by then no replica still
/// trusts a value read before the move, so a read that begins after the acknowledgement sees the change. For the same
/// reason, a read whose lease lapsed may wait for an ask already on its way if that ask went out less than a lease ago.
/// </summary>
public sealed class GenerationLeases(TimeProvider clock)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMilliseconds(5);

    /// <summary>Timers can fire a tick early and two machines' clocks run at slightly different rates.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(1);

    /// <summary>Expired leases of users who stopped reading are swept out at most this often.</summary>
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Held> _held = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Asking> _asking = new(StringComparer.Ordinal);
    private long _lastSweep;

    /// <summary>Taken before asking Redis: the lease runs from here, not from the answer.</summary>
    public long AskingNow() => clock.GetTimestamp();

    /// <summary>
    /// A generation read within its lease, if one is held. Past half its lease, the first reader to notice is told to
    /// <paramref name="renew"/> it (ask Redis again without waiting), so that under steady reads a fresh lease is held
    /// before the old one runs out and readers do not wait for Redis.
    /// </summary>
    public bool TryGet(string userId, out long generation, out bool renew)
    {
        generation = 0;
        renew = false;
        if (!_held.TryGetValue(userId, out var held) || clock.GetElapsedTime(held.AskedAt) is var age && age >= Lease)
        {
            return false;
        }

        generation = held.Generation;
        renew = age >= Lease / 2 && !held.Renewing && _held.TryUpdate(userId, held with { Renewing = true }, held);
        return true;
    }

    /// <summary>Records an ask for the user's generation that went out at <paramref name="askedAt"/>.</summary>
    public void Asked(string userId, Task<long?> answer, long askedAt)
    {
        var asked = new Asking(answer, askedAt);
        _asking.AddOrUpdate(userId, asked, (_, current) => current.AskedAt >= askedAt ? current : asked);
    }

    /// <summary>
    /// The answer of an ask on its way that went out less than a lease ago, for a read whose lease lapsed: under load a
    /// round trip to Redis can outlast a lease, and the read then waits for that answer instead of asking again.
    /// </summary>
    public bool TryJoin(string userId, [NotNullWhen(true)] out Task<long?>? answer)
    {
        answer = _asking.TryGetValue(userId, out var asking) && clock.GetElapsedTime(asking.AskedAt) < Lease ? asking.Answer : null;
        return answer is not null;
    }

    public void Keep(string userId, long generation, long askedAt)
    {
        var asked = new Held(generation, askedAt);
        _held.AddOrUpdate(userId, asked, (_, current) => current.AskedAt >= askedAt ? current : asked);
        if (clock.GetElapsedTime(Interlocked.Read(ref _lastSweep)) > SweepInterval)
        {
            Interlocked.Exchange(ref _lastSweep, clock.GetTimestamp());
            foreach (var (user, held) in _held)
            {
                if (clock.GetElapsedTime(held.AskedAt) >= Lease)
                {
                    _held.TryRemove(new KeyValuePair<string, Held>(user, held));
                }
            }

            foreach (var (user, asking) in _asking)
            {
                if (clock.GetElapsedTime(asking.AskedAt) >= Lease)
                {
                    _asking.TryRemove(new KeyValuePair<string, Asking>(user, asking));
                }
            }
        }
    }

    /// <summary>Called once Redis moved the user's generation: returns when every lease on an older value has run out.</summary>
    public async Task OutlastAsync(string userId)
    {
        _held.TryRemove(userId, out _);
        _asking.TryRemove(userId, out _);
        var movedAt = clock.GetTimestamp();
        var wait = Lease + Margin;
        for (var elapsed = TimeSpan.Zero; elapsed < wait; elapsed = clock.GetElapsedTime(movedAt))
        {
            await Task.Delay(wait - elapsed, clock);
        }
    }

    private readonly record struct Held(long Generation, long AskedAt, bool Renewing = false);

    private readonly record struct Asking(Task<long?> Answer, long AskedAt);
}
