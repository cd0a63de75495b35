using System.Diagnostics;
using ExpenseTracker.Application.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Infrastructure.Messaging.InProcess;

/// <summary>
/// The bus of standalone mode: the consumers run in this process. Publishing hands the message to each consumer
/// that wants it and completes once each has handled it, or has failed every retry and dead-lettered it (in the
/// database); only then does the relay mark it sent, so a crash mid-way loses nothing.
/// </summary>
public sealed partial class InProcessEventBus(
    ConsumerSet consumers,
    IDeadLetterStore deadLetters,
    IOptions<MessagingOptions> options,
    ILogger<InProcessEventBus> logger) : IEventPublisher
{
    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        // What a broker would carry in the message headers: the publishing span as the consumers' parent.
        var traceParent = Activity.Current?.Id ?? message.TraceParent;
        var deliveries = consumers.All
            .Where(entry => entry.Consumer.EventTypes.Contains(message.Type))
            .Select(entry => DeliverAsync(entry.Consumer, message, traceParent, cancellationToken));
        return Task.WhenAll(deliveries);
    }

    /// <summary>Gives the message to one consumer, retrying with the configured waits, then dead-lettering it.</summary>
    internal async Task DeliverAsync(IIntegrationEventConsumer consumer, OutboxMessage message, string? traceParent, CancellationToken cancellationToken)
    {
        var delays = options.Value.EffectiveRetryDelays;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await ConsumerInvoker.InvokeAsync(consumer, message, traceParent, null, cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (attempt >= delays.Count)
                {
                    LogDeadLettered(exception, consumer.Name, message.Id, attempt + 1);
                    await deadLetters.AddAsync(consumer.Name, message, attempt + 1, exception.Message, cancellationToken);
                    MessagingTelemetry.DeadLettered.Add(1, new KeyValuePair<string, object?>("consumer", consumer.Name));
                    return;
                }

                LogRetrying(exception, consumer.Name, message.Id, delays[attempt]);
                await Task.Delay(delays[attempt], cancellationToken);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Consumer {Consumer} failed on message {MessageId}; it tries again in {Delay}")]
    private partial void LogRetrying(Exception exception, string consumer, Guid messageId, TimeSpan delay);

    [LoggerMessage(LogLevel.Error, "Consumer {Consumer} failed on message {MessageId} {Attempts} times; it is in the dead-letter queue")]
    private partial void LogDeadLettered(Exception exception, string consumer, Guid messageId, int attempts);
}
