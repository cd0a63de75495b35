namespace ExpenseTracker.Contracts;

public sealed record ReceiptResponse(Guid Id, string FileName, string ContentType, long Size);
