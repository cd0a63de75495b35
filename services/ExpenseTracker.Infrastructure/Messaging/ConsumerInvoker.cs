using ExpenseTracker.Application.Events;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.Infrastructure.Messaging;

/// <summary>
/// Runs one consumer on one message, inside a span continuing the message's trace, with the message's user on every
/// log event written meanwhile. Both buses go through here.
/// </summary>
internal static class ConsumerInvoker
{
    public static async Task InvokeAsync(IIntegrationEventConsumer consumer, OutboxMessage message, string? traceParent, string? traceState, CancellationToken cancellationToken)
    {
        using var activity = MessagingTelemetry.StartConsume(consumer.Name, message.Type, traceParent, traceState);
        activity?.SetTag("messaging.message.id", message.Id.ToString());
        using var user = string.IsNullOrEmpty(message.UserId) ? null : LogProperties.PushUserId(message.UserId);
        try
        {
            // A payload that cannot be read fails here, like a failing consumer: it is retried, then dead-lettered.
            var @event = message.ToEvent();
            await consumer.HandleAsync(@event, new MessageReceipt(consumer.Name, message.Id), cancellationToken);
            MessagingTelemetry.Consumed.Add(1, new KeyValuePair<string, object?>("consumer", consumer.Name));
        }
        catch (Exception exception)
        {
            activity?.AddException(exception);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, exception.Message);
            MessagingTelemetry.ConsumerFailures.Add(1, new KeyValuePair<string, object?>("consumer", consumer.Name));
            throw;
        }
    }
}
