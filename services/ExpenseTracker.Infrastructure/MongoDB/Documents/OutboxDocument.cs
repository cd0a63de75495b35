using ExpenseTracker.Application.Events;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>An integration event waiting in the <c>outbox</c> collection; <see cref="SentAt"/> stays null until it is published.</summary>
internal sealed class OutboxDocument
{
    public Guid Id { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    public string? TraceParent { get; set; }
    public DateTime? SentAt { get; set; }

    public static OutboxDocument From(OutboxMessage message) => new()
    {
        Id = message.Id,
        Type = message.Type,
        Payload = message.Payload,
        UserId = message.UserId,
        OccurredAt = message.OccurredAt.UtcDateTime,
        TraceParent = message.TraceParent,
    };
}
