using System.Globalization;
using System.Text;
using ExpenseTracker.Application.Events;
using RabbitMQ.Client;

namespace ExpenseTracker.Infrastructure.Messaging.RabbitMq;

/// <summary>How an outbox message travels as an AMQP message, and back.</summary>
internal static class RabbitMqHeaders
{
    public static BasicProperties PropertiesFor(OutboxMessage message, string? traceParent, string? traceState) => new()
    {
        Persistent = true,
        MessageId = message.Id.ToString("D"),
        Type = message.Type,
        ContentType = "application/json",
        Timestamp = new AmqpTimestamp(message.OccurredAt.ToUnixTimeSeconds()),
        Headers = new Dictionary<string, object?>
        {
            [MessagingTelemetry.TraceParentHeader] = traceParent,
            [MessagingTelemetry.TraceStateHeader] = traceState,
            [RabbitMqTopology.UserIdHeader] = message.UserId,
            [RabbitMqTopology.OccurredAtHeader] = message.OccurredAt.ToString("O", CultureInfo.InvariantCulture),
        },
    };

    public static OutboxMessage ToMessage(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body) => new(
        Guid.TryParse(properties.MessageId, out var id) ? id : Guid.Empty,
        properties.Type ?? string.Empty,
        Encoding.UTF8.GetString(body.Span),
        DateTimeOffset.TryParse(Text(properties, RabbitMqTopology.OccurredAtHeader), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var occurredAt) ? occurredAt : default,
        Text(properties, RabbitMqTopology.UserIdHeader) ?? string.Empty,
        Text(properties, MessagingTelemetry.TraceParentHeader));

    public static string? Text(IReadOnlyBasicProperties properties, string header) =>
        properties.Headers?.TryGetValue(header, out var value) == true
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                string text => text,
                null => null,
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            }
            : null;

    public static int Attempt(IReadOnlyBasicProperties properties) =>
        properties.Headers?.TryGetValue(RabbitMqTopology.AttemptHeader, out var value) == true && value is not null
            ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
            : 0;

    /// <summary>A copy of the properties with some headers set (null removes one).</summary>
    public static BasicProperties With(IReadOnlyBasicProperties properties, params (string Name, object? Value)[] headers)
    {
        var copy = new BasicProperties(properties) { Persistent = true };
        var merged = properties.Headers is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(properties.Headers);
        foreach (var (name, value) in headers)
        {
            if (value is null)
            {
                merged.Remove(name);
            }
            else
            {
                merged[name] = value;
            }
        }

        // The broker's own trail of earlier expiries is not ours to carry on.
        merged.Remove("x-death");
        merged.Remove("x-first-death-exchange");
        merged.Remove("x-first-death-queue");
        merged.Remove("x-first-death-reason");
        merged.Remove("x-last-death-exchange");
        merged.Remove("x-last-death-queue");
        merged.Remove("x-last-death-reason");
        copy.Headers = merged;
        return copy;
    }
}
