using StackExchange.Redis;

namespace ExpenseTracker.Infrastructure.Caching;

/// <summary>
/// Reads Redis string values in batches, one round trip in flight at a time: a read joins the batch that goes out next,
/// never the one already on its way, so every value it gets was read by Redis after the read began. Under load,
/// concurrent reads (of the same key or of many) share one MGET instead of each paying for a command of its own;
/// with nothing in flight, a read goes out at once.
/// </summary>
internal sealed class BatchedKeyReads(Func<RedisKey[], Task<RedisValue[]>> readMany)
{
    private readonly Lock _gate = new();
    private Batch _next = new();
    private bool _inFlight;

    /// <summary>The key's value, or the exception Redis failed the batch with.</summary>
    public async Task<RedisValue> ReadAsync(RedisKey key)
    {
        Batch batch;
        int index;
        var sendNow = false;
        lock (_gate)
        {
            batch = _next;
            index = batch.Add(key);
            if (!_inFlight)
            {
                _inFlight = true;
                _next = new Batch();
                sendNow = true;
            }
        }

        if (sendNow)
        {
            _ = SendUntilDrainedAsync(batch);
        }

        var values = await batch.Values.ConfigureAwait(false);
        return values[index];
    }

    private async Task SendUntilDrainedAsync(Batch batch)
    {
        while (true)
        {
            try
            {
                batch.Complete(await readMany(batch.Keys()).ConfigureAwait(false));
            }
            catch (Exception exception)
            {
                batch.Fail(exception);
            }

            lock (_gate)
            {
                if (_next.IsEmpty)
                {
                    _inFlight = false;
                    return;
                }

                batch = _next;
                _next = new Batch();
            }
        }
    }

    private sealed class Batch
    {
        private readonly Dictionary<RedisKey, int> _indexes = [];

        // Asynchronous continuations: each waiting request resumes on its own thread-pool work item, not inline on the sender.
        private readonly TaskCompletionSource<RedisValue[]> _values = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<RedisValue[]> Values => _values.Task;

        public bool IsEmpty => _indexes.Count == 0;

        public int Add(RedisKey key)
        {
            if (!_indexes.TryGetValue(key, out var index))
            {
                index = _indexes.Count;
                _indexes.Add(key, index);
            }

            return index;
        }

        public RedisKey[] Keys()
        {
            var keys = new RedisKey[_indexes.Count];
            foreach (var (key, index) in _indexes)
            {
                keys[index] = key;
            }

            return keys;
        }

        public void Complete(RedisValue[] values) => _values.SetResult(values);

        public void Fail(Exception exception) => _values.SetException(exception);
    }
}
