using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Receipts;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.Application.Receipts;

/// <summary>
/// Attaching, reading and removing receipts. The blob is written before its row and removed after it, so an
/// expense never points to a missing file; a blob whose row was never written is removed by the orphan sweeper.
/// </summary>
public sealed partial class ReceiptService(
    IReceiptStore receipts,
    IExpenseStore expenses,
    IBlobStorage blobs,
    TimeProvider clock,
    ILogger<ReceiptService> logger)
{
    public async Task<Result<ReceiptResponse>> UploadAsync(string userId, Guid expenseId, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        if (await expenses.FindAsync(userId, expenseId, cancellationToken) is null)
        {
            return Error.NotFound("Expense");
        }

        var header = new byte[ReceiptFileType.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var contentType = ReceiptFileType.Detect(header.AsSpan(0, headerLength));
        if (contentType is null)
        {
            return Error.UnsupportedMediaType(
                "This file is not a receipt we can keep.",
                "A receipt is a JPEG, PNG or WebP picture or a PDF document; the file's content is what counts, not its name.");
        }

        var receiptId = Guid.CreateVersion7(clock.GetUtcNow());
        var blobName = BlobNames.Receipt(userId, expenseId, receiptId);
        var limited = new LimitedReadStream(header.AsMemory(0, headerLength), content, Receipt.MaxSize);
        try
        {
            await blobs.UploadAsync(blobName, limited, contentType, BlobAccess.Frequent, cancellationToken);
        }
        catch (ContentTooLargeException)
        {
            await DeleteBlobQuietlyAsync(blobName);
            return TooLarge();
        }

        var receipt = new Receipt
        {
            Id = receiptId,
            ExpenseId = expenseId,
            UserId = userId,
            FileName = Receipt.CleanFileName(fileName),
            ContentType = contentType,
            Size = limited.BytesRead,
            BlobName = blobName,
            CreatedAt = clock.GetUtcNow(),
        };

        bool added;
        try
        {
            added = await receipts.AddAsync(receipt, cancellationToken);
        }
        catch
        {
            await DeleteBlobQuietlyAsync(receipt.BlobName);
            throw;
        }

        if (!added)
        {
            await DeleteBlobQuietlyAsync(receipt.BlobName);
            return Error.NotFound("Expense");
        }

        ApplicationMetrics.ReceiptStored(receipt.ContentType, receipt.Size);
        return receipt.ToResponse();
    }

    public async Task<Result<(Receipt Receipt, BlobDownload Content)>> OpenAsync(string userId, Guid expenseId, Guid receiptId, CancellationToken cancellationToken)
    {
        var receipt = await receipts.FindAsync(userId, expenseId, receiptId, cancellationToken);
        if (receipt is null)
        {
            return Error.NotFound("Receipt");
        }

        var content = await blobs.OpenReadAsync(receipt.BlobName, cancellationToken);
        if (content is null)
        {
            LogMissingBlob(receipt.BlobName);
            return Error.NotFound("Receipt");
        }

        return (receipt, content);
    }

    public async Task<Result<bool>> DeleteAsync(string userId, Guid expenseId, Guid receiptId, CancellationToken cancellationToken)
    {
        var receipt = await receipts.FindAsync(userId, expenseId, receiptId, cancellationToken);
        if (receipt is null || !await receipts.DeleteAsync(userId, expenseId, receiptId, cancellationToken))
        {
            return Error.NotFound("Receipt");
        }

        await DeleteBlobQuietlyAsync(receipt.BlobName);
        return true;
    }

    /// <summary>Removes blobs whose rows are gone. A failure is only logged: the orphan sweeper removes what is left.</summary>
    public async Task DeleteBlobQuietlyAsync(string blobName)
    {
        try
        {
            // Not the request's token: a client that hangs up must not leave the blob behind.
            await blobs.DeleteAsync(blobName, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogBlobNotDeleted(exception, blobName);
        }
    }

    public static Error TooLarge() => Error.TooLarge(
        "The receipt is too large.",
        $"A receipt file has at most {Receipt.MaxSize / (1024 * 1024)} MiB.");

    [LoggerMessage(LogLevel.Warning, "Could not delete blob {BlobName}; the orphan sweeper will remove it")]
    private partial void LogBlobNotDeleted(Exception exception, string blobName);

    [LoggerMessage(LogLevel.Error, "Receipt blob {BlobName} is missing although its row exists")]
    private partial void LogMissingBlob(string blobName);
}
