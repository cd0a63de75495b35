using ExpenseTracker.Application.Idempotency;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>
/// A kept answer to an Idempotency-Key, in the <c>idempotencyKeys</c> collection: unique per user and key, removed
/// by the server's TTL monitor once <see cref="ExpiresAt"/> has passed.
/// </summary>
internal sealed class IdempotencyDocument
{
    public ObjectId Id { get; set; }
    public string UserId { get; set; } = "";
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int StatusCode { get; set; }
    public string ResponseBody { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    public static IdempotencyDocument From(IdempotencyRecord record) => new()
    {
        Id = ObjectId.GenerateNewId(),
        UserId = record.UserId,
        Key = record.Key,
        RequestHash = record.RequestHash,
        StatusCode = record.StatusCode,
        ResponseBody = record.ResponseBody,
        CreatedAt = record.CreatedAt.UtcDateTime,
        ExpiresAt = record.ExpiresAt.UtcDateTime,
    };

    public IdempotencyRecord ToRecord() =>
        new(UserId, Key, RequestHash, StatusCode, ResponseBody, MongoTime.ToOffset(CreatedAt));
}
