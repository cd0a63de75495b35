using System.Diagnostics;
using System.Text;
using ExpenseTracker.Application.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace ExpenseTracker.Infrastructure.Messaging.RabbitMq;

/// <summary>
/// Publishes outbox messages to the events exchange as persistent messages on a channel with publisher confirms: a
/// publish completes when the broker has the message for good. Before the first publish it declares the durable
/// queues of every consumer, so that no event finds its consumer's queue missing on a fresh broker.
/// </summary>
public sealed class RabbitMqPublisher(IServiceProvider services, IEnumerable<ConsumerRegistration> registrations, IOptions<MessagingOptions> options)
    : IEventPublisher, IAsyncDisposable
{
    private RabbitMqTopology Topology => new(options.Value.TopologyPrefix);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IChannel? _channel;

    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var channel = await ChannelAsync(cancellationToken);
        var current = Activity.Current;
        var properties = RabbitMqHeaders.PropertiesFor(message, current?.Id ?? message.TraceParent, current?.TraceStateString);
        await channel.BasicPublishAsync(
            Topology.EventsExchange,
            message.Type,
            mandatory: false,
            properties,
            Encoding.UTF8.GetBytes(message.Payload),
            cancellationToken);
    }

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true } open)
        {
            return open;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_channel is { IsOpen: true } reopened)
            {
                return reopened;
            }

            if (_channel is not null)
            {
                await _channel.DisposeAsync();
                _channel = null;
            }

            var connection = services.GetRequiredService<IConnection>();
            var channel = await RabbitMqChannels.OpenConfirmingAsync(connection, cancellationToken);
            await Topology.DeclareExchangeAsync(channel, cancellationToken);
            foreach (var registration in registrations.Where(registration => registration.Placement != ConsumerPlacement.EveryApiInstance))
            {
                await Topology.DeclareSharedConsumerAsync(channel, registration.Name, registration.EventTypes, options.Value.EffectiveRetryDelays, cancellationToken);
            }

            _channel = channel;
            return channel;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }

        _gate.Dispose();
    }
}
