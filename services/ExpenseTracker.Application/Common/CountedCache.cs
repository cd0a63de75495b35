using Microsoft.Extensions.Caching.Hybrid;

namespace ExpenseTracker.Application.Common;

/// <summary>
/// HybridCache reads that count their hits and misses (HybridCache measures neither) and keep the reader's trace: a
/// read whose factory ran is a miss, any other read a hit, whether memory or Redis answered it. Concurrent reads of
/// one cold key share one factory run, so only the read that ran it counts as a miss. The factory runs in the
/// reader's trace (see <see cref="CacheTrace"/>), so a miss shows its store queries under the request.
/// </summary>
public static class CountedCache
{
    public static async ValueTask<T> GetOrCreateCountedAsync<TState, T>(
        this HybridCache cache,
        string cacheName,
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        IEnumerable<string>? tags,
        CancellationToken cancellationToken)
    {
        var read = new Read<TState, T>(key, state, factory);
        T value;
        using (CacheTrace.Register(key))
        {
            value = await cache.GetOrCreateAsync(key, read, static (read, token) => read.RunFactoryAsync(token), tags: tags, cancellationToken: cancellationToken);
        }

        ApplicationMetrics.CacheRequest(cacheName, hit: !read.FactoryRan);
        return value;
    }

    private sealed class Read<TState, T>(string key, TState state, Func<TState, CancellationToken, ValueTask<T>> factory)
    {
        public bool FactoryRan { get; private set; }

        public async ValueTask<T> RunFactoryAsync(CancellationToken cancellationToken)
        {
            FactoryRan = true;
            using (CacheTrace.Resume(key))
            {
                return await factory(state, cancellationToken);
            }
        }
    }
}
