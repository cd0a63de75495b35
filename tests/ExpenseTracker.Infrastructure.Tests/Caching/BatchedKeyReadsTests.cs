using ExpenseTracker.Infrastructure.Caching;
using StackExchange.Redis;

namespace ExpenseTracker.Infrastructure.Tests.Caching;

/// <summary>How reads of view generations share round trips to Redis without ever being answered from before they began.</summary>
public sealed class BatchedKeyReadsTests
{
    [Fact]
    public async Task A_read_with_nothing_in_flight_goes_out_at_once()
    {
        var redis = new ScriptedRedis();
        var reads = new BatchedKeyReads(redis.ReadManyAsync);

        var read = reads.ReadAsync("alice");

        Assert.Equal(["alice"], redis.Sent.Single().Keys);
        redis.Sent[0].Answer("7");
        Assert.Equal("7", await Soon(read));
    }

    [Fact]
    public async Task Reads_that_begin_while_a_round_trip_is_in_flight_wait_for_the_next_one_and_share_it()
    {
        var redis = new ScriptedRedis();
        var reads = new BatchedKeyReads(redis.ReadManyAsync);
        var first = reads.ReadAsync("alice");

        var later = new[] { reads.ReadAsync("alice"), reads.ReadAsync("bob"), reads.ReadAsync("alice") };
        redis.Sent[0].Answer("1");

        Assert.Equal("1", await Soon(first));
        Assert.All(later, read => Assert.False(read.IsCompleted, "a read was answered by a round trip that left before it began"));
        var second = Assert.Single(redis.Sent, sent => sent != redis.Sent[0]);
        Assert.Equal(["alice", "bob"], second.Keys);

        second.Answer("2", "5");
        Assert.Equal(["2", "5", "2"], (await Soon(Task.WhenAll(later))).Select(value => value.ToString()));
        Assert.Equal(2, redis.Sent.Count);
    }

    [Fact]
    public async Task A_failed_round_trip_fails_its_reads_and_the_next_read_goes_out_again()
    {
        var redis = new ScriptedRedis();
        var reads = new BatchedKeyReads(redis.ReadManyAsync);
        var failing = reads.ReadAsync("alice");

        redis.Sent[0].Fail(new RedisConnectionException(ConnectionFailureType.SocketFailure, "down"));

        await Assert.ThrowsAsync<RedisConnectionException>(() => Soon(failing));
        var next = reads.ReadAsync("alice");
        Assert.Equal(2, redis.Sent.Count);
        redis.Sent[1].Answer("3");
        Assert.Equal("3", await Soon(next));
    }

    /// <summary>An answer that does not come within seconds fails the test instead of hanging the run.</summary>
    private static Task<T> Soon<T>(Task<T> answer) => answer.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

    /// <summary>Redis as the reads see it: every MGET waits until the test answers it.</summary>
    private sealed class ScriptedRedis
    {
        private readonly List<RoundTrip> _sent = [];

        public IReadOnlyList<RoundTrip> Sent
        {
            get
            {
                lock (_sent)
                {
                    return [.. _sent];
                }
            }
        }

        public Task<RedisValue[]> ReadManyAsync(RedisKey[] keys)
        {
            var roundTrip = new RoundTrip([.. keys.Select(key => key.ToString())]);
            lock (_sent)
            {
                _sent.Add(roundTrip);
            }

            return roundTrip.Answered;
        }
    }

    private sealed class RoundTrip(string[] keys)
    {
        private readonly TaskCompletionSource<RedisValue[]> _answer = new();

        public string[] Keys { get; } = keys;

        public Task<RedisValue[]> Answered => _answer.Task;

        public void Answer(params string[] values) => _answer.SetResult([.. values.Select(value => (RedisValue)value)]);

        public void Fail(Exception exception) => _answer.SetException(exception);
    }
}
