using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Receipts;

namespace ExpenseTracker.Application.Receipts;

public static class ReceiptMapping
{
    public static ReceiptResponse ToResponse(this Receipt receipt) => new(receipt.Id, receipt.FileName, receipt.ContentType, receipt.Size);
}
