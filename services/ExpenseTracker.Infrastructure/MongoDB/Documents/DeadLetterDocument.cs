using ExpenseTracker.Application.Events;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>A message a consumer failed on every retry, in the <c>deadLetters</c> collection; the ObjectId orders them oldest first.</summary>
internal sealed class DeadLetterDocument
{
    public ObjectId Id { get; set; }
    public string Consumer { get; set; } = "";
    public Guid MessageId { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    public string? TraceParent { get; set; }
    public int Attempts { get; set; }
    public string? Error { get; set; }
    public DateTime FailedAt { get; set; }

    public StoredDeadLetter ToStored() => new(
        Id.ToString(),
        new DeadLetter(Consumer, MessageId, Type, UserId, MongoTime.ToOffset(OccurredAt), Attempts, Error, Payload),
        TraceParent);
}
