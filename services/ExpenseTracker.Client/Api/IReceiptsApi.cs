using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Api;

/// <summary>
/// Receipts of an expense (<c>/api/v1/expenses/{id}/receipts</c>): JPEG, PNG, WebP or PDF, at most 10 MiB. These calls
/// move files, so they run with the longer <see cref="ExpenseTrackerClientOptions.TransferTimeout"/>.
/// </summary>
public interface IReceiptsApi
{
    /// <summary>Attaches a receipt, sent as the multipart field <c>file</c>.</summary>
    [Multipart]
    [Post("/api/v1/expenses/{expenseId}/receipts")]
    Task<ReceiptResponse> AttachAsync(Guid expenseId, [AliasAs("file")] StreamPart file, CancellationToken cancellationToken = default);

    /// <summary>Downloads a receipt: its bytes, with its content type in <c>Headers.ContentType</c>. Dispose the content.</summary>
    [Get("/api/v1/expenses/{expenseId}/receipts/{receiptId}")]
    Task<HttpContent> DownloadAsync(Guid expenseId, Guid receiptId, CancellationToken cancellationToken = default);

    /// <summary>Removes a receipt.</summary>
    [Delete("/api/v1/expenses/{expenseId}/receipts/{receiptId}")]
    Task DeleteAsync(Guid expenseId, Guid receiptId, CancellationToken cancellationToken = default);
}
