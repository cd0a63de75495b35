using System.Diagnostics;
using System.Text.Json;

namespace ExpenseTracker.Application.Events;

/// <summary>An integration event as the outbox keeps it until the bus has it.</summary>
public sealed record OutboxMessage(Guid Id, string Type, string Payload, DateTimeOffset OccurredAt, string UserId, string? TraceParent)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxMessage From(IntegrationEvent @event) => new(
        @event.EventId,
        @event.GetType().Name,
        JsonSerializer.Serialize(@event, Json),
        @event.OccurredAt,
        @event.UserId,
        Activity.Current?.Id);

    public IntegrationEvent ToEvent() =>
        JsonSerializer.Deserialize<IntegrationEvent>(Payload, Json)
        ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload.");
}
