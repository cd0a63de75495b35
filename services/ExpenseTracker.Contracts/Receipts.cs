namespace ExpenseTracker.Contracts;

/// <summary>A receipt attached to an expense: <c>POST /expenses/{id}/receipts</c> answers it.</summary>
public sealed record ReceiptResponse(Guid Id, string FileName, string ContentType, long Size);
