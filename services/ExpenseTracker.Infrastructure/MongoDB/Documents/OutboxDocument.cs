using ExpenseTracker.Application.Events;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>
/// An integration event waiting in the <c>outbox</c> collection; <see cref="SentAt"/> stays null until it is published.
/// A relay holds it while <see cref="ClaimedUntil"/> has not passed (its lease).
/// </summary>
internal sealed class OutboxDocument
{
    public Guid Id { get; set; }

    /// <summary>When the message was appended, as an ObjectId: in one process, later appends have greater values.</summary>
    public ObjectId Seq { get; set; }

    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    public string? TraceParent { get; set; }
    public DateTime? SentAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntil { get; set; }

    public static OutboxDocument From(OutboxMessage message) => new()
    {
        Id = message.Id,
        Seq = ObjectId.GenerateNewId(),
        Type = message.Type,
        Payload = message.Payload,
        UserId = message.UserId,
        OccurredAt = message.OccurredAt.UtcDateTime,
        TraceParent = message.TraceParent,
    };

    public OutboxMessage ToMessage() => new(Id, Type, Payload, MongoTime.ToOffset(OccurredAt), UserId, TraceParent);
}
