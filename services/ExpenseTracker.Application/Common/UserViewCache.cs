using Microsoft.Extensions.Caching.Hybrid;

namespace ExpenseTracker.Application.Common;

/// <summary>
/// The cached views of a user's data (reports, category lists): HybridCache entries whose keys carry the user's view
/// generation. A change moves the generation before it is acknowledged, so the next read, in this process or any
/// other API replica, misses every view from before the change, even one still in that replica's memory. Tags drop
/// the stale entries themselves: here at once, elsewhere when the change's event arrives.
/// </summary>
public sealed class UserViewCache(HybridCache cache, IViewGenerations generations)
{
    public async ValueTask<T> GetOrCreateAsync<TState, T>(
        string userId,
        string view,
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        string tag,
        CancellationToken cancellationToken)
    {
        if (await generations.CurrentAsync(userId, cancellationToken) is not { } generation)
        {
            // Without the generation a cached view could be one from before a change: read the store instead.
            ApplicationMetrics.CacheRequest(view, hit: false);
            return await factory(state, cancellationToken);
        }

        return await cache.GetOrCreateCountedAsync(view, $"{key}@{generation}", state, factory, [tag], cancellationToken);
    }

    /// <summary>After a change to a user's expenses or budgets: their reports are stale everywhere.</summary>
    public async ValueTask InvalidateReportsAsync(string userId, CancellationToken cancellationToken)
    {
        await generations.AdvanceAsync(userId, cancellationToken);
        await ForgetReportsAsync(userId, cancellationToken);
    }

    /// <summary>After a change to a user's categories: their category list and reports (which show names) are stale everywhere.</summary>
    public async ValueTask InvalidateCategoriesAsync(string userId, CancellationToken cancellationToken)
    {
        await generations.AdvanceAsync(userId, cancellationToken);
        await ForgetCategoriesAsync(userId, cancellationToken);
    }

    /// <summary>Drops this process's copies of a user's reports, which a change made elsewhere has made stale.</summary>
    public ValueTask ForgetReportsAsync(string userId, CancellationToken cancellationToken) =>
        cache.RemoveByTagAsync(UserCache.ReportsTag(userId), cancellationToken);

    /// <summary>Drops this process's copies of a user's category list and reports.</summary>
    public ValueTask ForgetCategoriesAsync(string userId, CancellationToken cancellationToken) =>
        cache.RemoveByTagAsync([UserCache.CategoriesTag(userId), UserCache.ReportsTag(userId)], cancellationToken);
}
