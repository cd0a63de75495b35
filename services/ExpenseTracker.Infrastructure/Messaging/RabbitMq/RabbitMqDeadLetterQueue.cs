using ExpenseTracker.Application.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace ExpenseTracker.Infrastructure.Messaging.RabbitMq;

/// <summary>
/// The dead-letter queues of the consumers that one process handles at a time. Listing takes messages without
/// acknowledging them and gives them back; replaying publishes each to its consumer's queue (confirmed) with fresh
/// retries, then acknowledges it, so a crash in between can only deliver it twice, which consumers absorb.
/// </summary>
public sealed class RabbitMqDeadLetterQueue(IServiceProvider services, IEnumerable<ConsumerRegistration> registrations, IOptions<MessagingOptions> options) : IDeadLetterQueue
{
    private RabbitMqTopology Topology => new(options.Value.TopologyPrefix);

    private IReadOnlyList<ConsumerRegistration> Shared => registrations
        .Where(registration => registration.Placement != ConsumerPlacement.EveryApiInstance)
        .ToList();

    private IEnumerable<string> Consumers => Shared.Select(registration => registration.Name).Distinct();

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var letters = new List<DeadLetter>();
        await using var channel = await OpenAsync(cancellationToken);
        foreach (var consumer in Consumers)
        {
            ulong? lastTag = null;
            while (letters.Count < max && await channel.BasicGetAsync(Topology.DeadLetterQueue(consumer), autoAck: false, cancellationToken) is { } result)
            {
                lastTag = result.DeliveryTag;
                letters.Add(ToDeadLetter(consumer, result));
            }

            if (lastTag is { } tag)
            {
                await channel.BasicNackAsync(tag, multiple: true, requeue: true, cancellationToken);
            }
        }

        return letters;
    }

    public async Task<int> ReplayAsync(int max, CancellationToken cancellationToken)
    {
        var replayed = 0;
        await using var channel = await OpenAsync(cancellationToken);
        foreach (var consumer in Consumers)
        {
            while (replayed < max && await channel.BasicGetAsync(Topology.DeadLetterQueue(consumer), autoAck: false, cancellationToken) is { } result)
            {
                var properties = RabbitMqHeaders.With(
                    result.BasicProperties,
                    (RabbitMqTopology.AttemptHeader, null),
                    (RabbitMqTopology.ErrorHeader, null),
                    (RabbitMqTopology.ConsumerHeader, null));
                await channel.BasicPublishAsync(string.Empty, Topology.Queue(consumer), mandatory: true, properties, result.Body, cancellationToken);
                await channel.BasicAckAsync(result.DeliveryTag, multiple: false, cancellationToken);
                replayed++;
            }
        }

        return replayed;
    }

    /// <summary>A confirming channel, with the queues declared (a process may ask before any consumer ran).</summary>
    private async Task<IChannel> OpenAsync(CancellationToken cancellationToken)
    {
        var channel = await RabbitMqChannels.OpenConfirmingAsync(services.GetRequiredService<IConnection>(), cancellationToken);
        await Topology.DeclareExchangeAsync(channel, cancellationToken);
        foreach (var registration in Shared)
        {
            await Topology.DeclareSharedConsumerAsync(channel, registration.Name, registration.EventTypes, options.Value.EffectiveRetryDelays, cancellationToken);
        }

        return channel;
    }

    private static DeadLetter ToDeadLetter(string consumer, BasicGetResult result)
    {
        var message = RabbitMqHeaders.ToMessage(result.BasicProperties, result.Body);
        return new DeadLetter(
            consumer,
            message.Id,
            message.Type,
            message.UserId,
            message.OccurredAt,
            RabbitMqHeaders.Attempt(result.BasicProperties),
            RabbitMqHeaders.Text(result.BasicProperties, RabbitMqTopology.ErrorHeader),
            message.Payload);
    }
}
