using System.Collections.Concurrent;
using System.Diagnostics;

namespace ExpenseTracker.Application.Common;

/// <summary>
/// Carries a read's trace into the cache's own work. HybridCache fetches on a work item that does not flow the
/// caller's execution context, so without this a cache miss's store queries and the second level's Redis calls
/// would belong to no trace. The caller registers its span under the cache key for the length of the read; the
/// factory and the second-level cache find it there by key.
/// </summary>
public static class CacheTrace
{
    private static readonly ConcurrentDictionary<string, Activity> Reads = new(StringComparer.Ordinal);

    /// <summary>Makes the current span the parent of the cache's work on <paramref name="key"/> until disposed.</summary>
    public static IDisposable? Register(string key)
    {
        if (Activity.Current is not { } current || !Reads.TryAdd(key, current))
        {
            // No trace, or a concurrent read of the same key already registered one: that read's fetch is shared.
            return null;
        }

        return new Registration(key, current);
    }

    /// <summary>
    /// Within the cache's own work on <paramref name="key"/>: makes the reader's span current until disposed, when
    /// nothing is current already. Dispose on the same flow.
    /// </summary>
    public static Resumption Resume(string key) =>
        Activity.Current is null && Reads.TryGetValue(key, out var reader) ? new Resumption(reader) : default;

    public readonly struct Resumption : IDisposable
    {
        private readonly bool _resumed;

        internal Resumption(Activity reader)
        {
            Activity.Current = reader;
            _resumed = true;
        }

        public void Dispose()
        {
            if (_resumed)
            {
                Activity.Current = null;
            }
        }
    }

    private sealed class Registration(string key, Activity reader) : IDisposable
    {
        public void Dispose() => Reads.TryRemove(new KeyValuePair<string, Activity>(key, reader));
    }
}
