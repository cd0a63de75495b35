using ExpenseTracker.Application.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace ExpenseTracker.Infrastructure.Messaging.RabbitMq;

/// <summary>
/// Runs this process's consumers on RabbitMQ: one channel each, manual acknowledgements and a prefetch limit. A
/// message is acknowledged after its consumer succeeded; a failure republishes it to the retry queue of the next
/// delay (or, after the last, to the dead-letter queue) and only then acknowledges the original, so nothing is lost
/// between the two. The client recovers the connection, channels and consumers after a broker outage.
/// </summary>
public sealed partial class RabbitMqConsumerService(
    IServiceProvider services,
    ConsumerSet consumers,
    IOptions<MessagingOptions> options,
    ILogger<RabbitMqConsumerService> logger) : BackgroundService
{
    private RabbitMqTopology Topology => new(options.Value.TopologyPrefix);

    private static readonly TimeSpan StartRetry = TimeSpan.FromSeconds(2);
    private readonly List<IChannel> _channels = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (consumers.All.Count == 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var connection = services.GetRequiredService<IConnection>();
                foreach (var (consumer, placement) in consumers.All)
                {
                    var channel = await StartConsumerAsync(connection, consumer, placement, stoppingToken);
                    lock (_channels)
                    {
                        _channels.Add(channel);
                    }
                }

                LogStarted(consumers.All.Count);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogStartFailed(exception, StartRetry);
                await CloseChannelsAsync();
                await Task.Delay(StartRetry, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<IChannel> StartConsumerAsync(IConnection connection, IIntegrationEventConsumer consumer, ConsumerPlacement placement, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var channel = await RabbitMqChannels.OpenConfirmingAsync(connection, cancellationToken);
        await Topology.DeclareExchangeAsync(channel, cancellationToken);
        var everyInstance = placement == ConsumerPlacement.EveryApiInstance;
        string queue;
        if (everyInstance)
        {
            queue = await Topology.DeclareInstanceConsumerAsync(channel, consumer.EventTypes, cancellationToken);
        }
        else
        {
            await Topology.DeclareSharedConsumerAsync(channel, consumer.Name, consumer.EventTypes, settings.EffectiveRetryDelays, cancellationToken);
            queue = Topology.Queue(consumer.Name);
        }

        await channel.BasicQosAsync(prefetchSize: 0, prefetchCount: settings.PrefetchCount, global: false, cancellationToken);
        var receiver = new AsyncEventingBasicConsumer(channel);
        receiver.ReceivedAsync += (_, delivery) => HandleAsync(channel, consumer, everyInstance, delivery);
        await channel.BasicConsumeAsync(queue, autoAck: false, receiver, cancellationToken);
        return channel;
    }

    private async Task HandleAsync(IChannel channel, IIntegrationEventConsumer consumer, bool everyInstance, BasicDeliverEventArgs delivery)
    {
        var cancellationToken = delivery.CancellationToken;
        var properties = delivery.BasicProperties;
        var body = delivery.Body.ToArray();
        try
        {
            var message = RabbitMqHeaders.ToMessage(properties, body);
            await ConsumerInvoker.InvokeAsync(consumer, message, message.TraceParent, RabbitMqHeaders.Text(properties, MessagingTelemetry.TraceStateHeader), cancellationToken);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (!everyInstance)
                {
                    await RetryOrDeadLetterAsync(channel, consumer, properties, body, exception, cancellationToken);
                }
                else
                {
                    // A process's own view (its memory cache) cannot be parked for later: note it and move on.
                    LogInstanceConsumerFailed(exception, consumer.Name, properties.MessageId);
                }

                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
            }
            catch (Exception parkingFailed) when (!cancellationToken.IsCancellationRequested)
            {
                // Could not park it: give it back to the queue, to be delivered again.
                LogParkingFailed(parkingFailed, consumer.Name, properties.MessageId);
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, cancellationToken);
            }
        }
    }

    private async Task RetryOrDeadLetterAsync(
        IChannel channel,
        IIntegrationEventConsumer consumer,
        IReadOnlyBasicProperties properties,
        byte[] body,
        Exception exception,
        CancellationToken cancellationToken)
    {
        var delays = options.Value.EffectiveRetryDelays;
        var attempt = RabbitMqHeaders.Attempt(properties);
        if (attempt < delays.Count)
        {
            LogRetrying(exception, consumer.Name, properties.MessageId, delays[attempt]);
            await channel.BasicPublishAsync(
                string.Empty,
                Topology.RetryQueue(consumer.Name, delays[attempt]),
                mandatory: true,
                RabbitMqHeaders.With(properties, (RabbitMqTopology.AttemptHeader, attempt + 1)),
                body,
                cancellationToken);
            return;
        }

        LogDeadLettered(exception, consumer.Name, properties.MessageId, attempt + 1);
        await channel.BasicPublishAsync(
            string.Empty,
            Topology.DeadLetterQueue(consumer.Name),
            mandatory: true,
            RabbitMqHeaders.With(
                properties,
                (RabbitMqTopology.AttemptHeader, attempt + 1),
                (RabbitMqTopology.ConsumerHeader, consumer.Name),
                (RabbitMqTopology.ErrorHeader, Truncate(exception.Message, 1000))),
            body,
            cancellationToken);
        MessagingTelemetry.DeadLettered.Add(1, new KeyValuePair<string, object?>("consumer", consumer.Name));
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await CloseChannelsAsync();
    }

    private async Task CloseChannelsAsync()
    {
        IChannel[] channels;
        lock (_channels)
        {
            channels = [.. _channels];
            _channels.Clear();
        }

        foreach (var channel in channels)
        {
            try
            {
                await channel.CloseAsync();
                await channel.DisposeAsync();
            }
            catch (Exception exception)
            {
                LogCloseFailed(exception);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Consuming with {Count} consumers on RabbitMQ")]
    private partial void LogStarted(int count);

    [LoggerMessage(LogLevel.Warning, "Could not start consuming from RabbitMQ; trying again in {Delay}")]
    private partial void LogStartFailed(Exception exception, TimeSpan delay);

    [LoggerMessage(LogLevel.Warning, "Consumer {Consumer} failed on message {MessageId}; it tries again in {Delay}")]
    private partial void LogRetrying(Exception exception, string consumer, string? messageId, TimeSpan delay);

    [LoggerMessage(LogLevel.Error, "Consumer {Consumer} failed on message {MessageId} {Attempts} times; it is in the dead-letter queue")]
    private partial void LogDeadLettered(Exception exception, string consumer, string? messageId, int attempts);

    [LoggerMessage(LogLevel.Warning, "Consumer {Consumer} of every API process failed on message {MessageId}")]
    private partial void LogInstanceConsumerFailed(Exception exception, string consumer, string? messageId);

    [LoggerMessage(LogLevel.Warning, "Consumer {Consumer} could not park failed message {MessageId}; it is requeued")]
    private partial void LogParkingFailed(Exception exception, string consumer, string? messageId);

    [LoggerMessage(LogLevel.Debug, "Closing a RabbitMQ channel failed")]
    private partial void LogCloseFailed(Exception exception);
}
