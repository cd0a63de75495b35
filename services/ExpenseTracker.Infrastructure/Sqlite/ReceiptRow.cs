using Dapper;
using ExpenseTracker.Domain.Receipts;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>A receipt as a row of the <c>receipts</c> table.</summary>
internal sealed record ReceiptRow
{
    public const string Columns = "id, expense_id, user_id, file_name, content_type, size, blob_name, created_at";

    public required string Id { get; init; }
    public required string ExpenseId { get; init; }
    public required string UserId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public required string BlobName { get; init; }
    public required string CreatedAt { get; init; }

    public Receipt ToReceipt() => new()
    {
        Id = Guid.Parse(Id),
        ExpenseId = Guid.Parse(ExpenseId),
        UserId = UserId,
        FileName = FileName,
        ContentType = ContentType,
        Size = Size,
        BlobName = BlobName,
        CreatedAt = SqliteValues.Timestamp(CreatedAt),
    };

    public static object Parameters(Receipt receipt) => new
    {
        Id = SqliteValues.Id(receipt.Id),
        ExpenseId = SqliteValues.Id(receipt.ExpenseId),
        receipt.UserId,
        receipt.FileName,
        receipt.ContentType,
        receipt.Size,
        receipt.BlobName,
        CreatedAt = SqliteValues.Timestamp(receipt.CreatedAt),
    };

    /// <summary>Inserts the receipt inside the caller's transaction; its expense must exist.</summary>
    public static Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, Receipt receipt) =>
        connection.ExecuteAsync(
            $"INSERT INTO receipts ({Columns}) VALUES (@Id, @ExpenseId, @UserId, @FileName, @ContentType, @Size, @BlobName, @CreatedAt)",
            Parameters(receipt),
            transaction);
}
