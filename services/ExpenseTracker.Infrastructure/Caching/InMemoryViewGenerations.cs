using System.Collections.Concurrent;
using ExpenseTracker.Application.Common;

namespace ExpenseTracker.Infrastructure.Caching;

/// <summary>
/// View generations kept in this process, for a cache that lives in this process only. Other API processes without
/// a shared Redis learn of a change from its event (see CacheInvalidationConsumer).
/// </summary>
public sealed class InMemoryViewGenerations : IViewGenerations
{
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    public ValueTask<long?> CurrentAsync(string userId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<long?>(_generations.GetValueOrDefault(userId));

    public ValueTask AdvanceAsync(string userId, CancellationToken cancellationToken)
    {
        _generations.AddOrUpdate(userId, 1, static (_, generation) => generation + 1);
        return ValueTask.CompletedTask;
    }
}
