namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>
/// A receipt of an archived expense, in the <c>archivedReceipts</c> collection: its row is in the archive, its blob
/// stays; listed so that the orphan sweeper knows the blob is still wanted. The id is the receipt's.
/// </summary>
internal sealed class ArchivedReceiptDocument
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public string Month { get; set; } = "";
}
