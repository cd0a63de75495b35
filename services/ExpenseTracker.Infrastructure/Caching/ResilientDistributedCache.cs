using System.Buffers;
using ExpenseTracker.Application.Common;
using Microsoft.Extensions.Caching.Distributed;

namespace ExpenseTracker.Infrastructure.Caching;

/// <summary>
/// The second cache level, made harmless when it fails: an error reads as a miss and a write is dropped, so a Redis
/// outage costs store queries, never a failed request. After a failure the level is skipped for a short while, so
/// requests do not each wait for a connection timeout while Redis is down. Each call runs in the trace of the read
/// that caused it (<see cref="CacheTrace"/>), so its Redis spans show under the request.
/// </summary>
public sealed class ResilientDistributedCache(IDistributedCache inner, RedisOutage outage)
    : IBufferDistributedCache
{
    private bool Paused => outage.Ongoing;

    public byte[]? Get(string key) => Guard(key, () => inner.Get(key), null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => GuardAsync(key, () => inner.GetAsync(key, token), null);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Guard(key, () => { inner.Set(key, value, options); return true; }, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        GuardAsync(key, async () => { await inner.SetAsync(key, value, options, token); return true; }, false);

    public void Refresh(string key) => Guard(key, () => { inner.Refresh(key); return true; }, false);

    public Task RefreshAsync(string key, CancellationToken token = default) => GuardAsync(key, async () => { await inner.RefreshAsync(key, token); return true; }, false);

    public void Remove(string key) => Guard(key, () => { inner.Remove(key); return true; }, false);

    public Task RemoveAsync(string key, CancellationToken token = default) => GuardAsync(key, async () => { await inner.RemoveAsync(key, token); return true; }, false);

    public bool TryGet(string key, IBufferWriter<byte> destination) =>
        inner is IBufferDistributedCache buffered
            ? Guard(key, () => buffered.TryGet(key, destination), false)
            : Guard(key, () => inner.Get(key) is { } value && Write(destination, value), false);

    public async ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken token = default) =>
        inner is IBufferDistributedCache buffered
            ? await GuardAsync(key, async () => await buffered.TryGetAsync(key, destination, token), false)
            : await GuardAsync(key, async () => await inner.GetAsync(key, token) is { } value && Write(destination, value), false);

    public void Set(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options)
    {
        if (inner is IBufferDistributedCache buffered)
        {
            Guard(key, () => { buffered.Set(key, value, options); return true; }, false);
        }
        else
        {
            Set(key, value.ToArray(), options);
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        if (inner is IBufferDistributedCache buffered)
        {
            await GuardAsync(key, async () => { await buffered.SetAsync(key, value, options, token); return true; }, false);
        }
        else
        {
            await SetAsync(key, value.ToArray(), options, token);
        }
    }

    private static bool Write(IBufferWriter<byte> destination, byte[] value)
    {
        destination.Write(value);
        return true;
    }

    private T Guard<T>(string key, Func<T> operation, T fallback)
    {
        if (Paused)
        {
            return fallback;
        }

        using var trace = CacheTrace.Resume(key);
        try
        {
            return operation();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Pause(exception);
            return fallback;
        }
    }

    private async Task<T> GuardAsync<T>(string key, Func<Task<T>> operation, T fallback)
    {
        if (Paused)
        {
            return fallback;
        }

        using var trace = CacheTrace.Resume(key);
        try
        {
            return await operation();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Pause(exception);
            return fallback;
        }
    }

    private void Pause(Exception exception) => outage.Record(exception);
}
