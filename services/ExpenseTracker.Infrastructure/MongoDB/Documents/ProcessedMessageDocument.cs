using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>
/// The record that a consumer had the effect of a message, in the <c>processedMessages</c> collection: unique per
/// consumer and message, written in the transaction of the effect, removed by a TTL index once no redelivery can come.
/// </summary>
internal sealed class ProcessedMessageDocument
{
    public ObjectId Id { get; set; }
    public string Consumer { get; set; } = "";
    public Guid MessageId { get; set; }
    public DateTime ProcessedAt { get; set; }
}
