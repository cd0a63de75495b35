using ExpenseTracker.Domain.Receipts;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>A receipt's row in the <c>receipts</c> collection: which blob holds which file of which expense.</summary>
internal sealed class ReceiptDocument
{
    public Guid Id { get; set; }
    public Guid ExpenseId { get; set; }
    public string UserId { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string BlobName { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    public static ReceiptDocument From(Receipt receipt) => new()
    {
        Id = receipt.Id,
        ExpenseId = receipt.ExpenseId,
        UserId = receipt.UserId,
        FileName = receipt.FileName,
        ContentType = receipt.ContentType,
        Size = receipt.Size,
        BlobName = receipt.BlobName,
        CreatedAt = receipt.CreatedAt.UtcDateTime,
    };

    public Receipt ToReceipt() => new()
    {
        Id = Id,
        ExpenseId = ExpenseId,
        UserId = UserId,
        FileName = FileName,
        ContentType = ContentType,
        Size = Size,
        BlobName = BlobName,
        CreatedAt = MongoTime.ToOffset(CreatedAt),
    };
}
