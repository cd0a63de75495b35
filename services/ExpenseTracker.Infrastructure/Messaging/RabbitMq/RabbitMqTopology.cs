using System.Globalization;
using RabbitMQ.Client;

namespace ExpenseTracker.Infrastructure.Messaging.RabbitMq;

/// <summary>
/// Exchanges and queues. Events go to one durable topic exchange, routed by event type. Each consumer that one
/// process handles at a time has a durable queue; a failed message waits in a retry queue whose TTL is the retry
/// delay and whose dead-letter route leads back to the consumer's queue; after the last retry it lands in the
/// consumer's dead-letter queue. A consumer that every API process runs gets an exclusive queue per process instead.
/// </summary>
internal sealed class RabbitMqTopology(string prefix)
{
    public string EventsExchange => $"{prefix}.events";
    public const string AttemptHeader = "x-attempt";
    public const string UserIdHeader = "x-user-id";
    public const string OccurredAtHeader = "x-occurred-at";
    public const string ConsumerHeader = "x-consumer";
    public const string ErrorHeader = "x-error";

    public string Queue(string consumer) => $"{prefix}.{consumer}";

    /// <summary>Named by its delay, so that changing the configured delays declares new queues instead of clashing with old ones.</summary>
    public string RetryQueue(string consumer, TimeSpan delay) =>
        $"{Queue(consumer)}.retry.{((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)}ms";

    public string DeadLetterQueue(string consumer) => $"{Queue(consumer)}.dead";

    public Task DeclareExchangeAsync(IChannel channel, CancellationToken cancellationToken) =>
        channel.ExchangeDeclareAsync(EventsExchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken);

    /// <summary>Declares (idempotently) the durable queues of a consumer and binds them.</summary>
    public async Task DeclareSharedConsumerAsync(IChannel channel, string consumer, IEnumerable<string> eventTypes, IReadOnlyList<TimeSpan> retryDelays, CancellationToken cancellationToken)
    {
        var queue = Queue(consumer);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var type in eventTypes)
        {
            await channel.QueueBindAsync(queue, EventsExchange, type, cancellationToken: cancellationToken);
        }

        foreach (var delay in retryDelays.Distinct())
        {
            await channel.QueueDeclareAsync(
                RetryQueue(consumer, delay),
                durable: true,
                exclusive: false,
                autoDelete: false,
                arguments: new Dictionary<string, object?>
                {
                    ["x-message-ttl"] = (long)delay.TotalMilliseconds,
                    ["x-dead-letter-exchange"] = string.Empty,
                    ["x-dead-letter-routing-key"] = queue,
                },
                cancellationToken: cancellationToken);
        }

        await channel.QueueDeclareAsync(DeadLetterQueue(consumer), durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
    }

    /// <summary>Declares this process's own queue for a consumer that every process runs; it goes when the process does.</summary>
    public async Task<string> DeclareInstanceConsumerAsync(IChannel channel, IEnumerable<string> eventTypes, CancellationToken cancellationToken)
    {
        var declared = await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken);
        foreach (var type in eventTypes)
        {
            await channel.QueueBindAsync(declared.QueueName, EventsExchange, type, cancellationToken: cancellationToken);
        }

        return declared.QueueName;
    }
}
