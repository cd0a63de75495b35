using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Receipts;

namespace ExpenseTracker.Application.Archive;

/// <summary>
/// An expense as an archive keeps it: one line of a month's NDJSON blob, with everything needed to bring it back
/// exactly (id, amount in minor units, category, tags, version, timestamps) and the rows of its receipts, whose
/// blobs stay where they are.
/// </summary>
public sealed record ArchivedExpense(
    Guid Id,
    DateOnly Date,
    long AmountMinor,
    string Currency,
    Guid? CategoryId,
    string? Merchant,
    string? Note,
    IReadOnlyList<string> Tags,
    string? PaymentMethod,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ArchivedReceipt> Receipts)
{
    public static ArchivedExpense From(Expense expense, IReadOnlyList<Receipt> receipts) => new(
        expense.Id,
        expense.Date,
        expense.Details.Amount.MinorUnits,
        expense.Details.Currency.Code,
        expense.Details.CategoryId,
        expense.Details.Merchant,
        expense.Details.Note,
        expense.Details.Tags,
        expense.Details.PaymentMethod,
        expense.Version,
        expense.CreatedAt,
        expense.UpdatedAt,
        receipts.Select(ArchivedReceipt.From).ToList());

    public Money Amount => Money.FromMinorUnits(AmountMinor, Domain.Currencies.Currency.Of(Currency));

    /// <summary>The expense as it was, in a category that still exists (else uncategorised).</summary>
    public Expense ToExpense(string userId, Func<Guid, bool> categoryExists) => Expense.Restore(
        Id,
        userId,
        Date,
        new ExpenseDetails(Amount, CategoryId is { } id && categoryExists(id) ? id : null, Merchant, Note, Tags, PaymentMethod),
        Version,
        CreatedAt,
        UpdatedAt);
}

public sealed record ArchivedReceipt(Guid Id, string FileName, string ContentType, long Size, string BlobName, DateTimeOffset CreatedAt)
{
    public static ArchivedReceipt From(Receipt receipt) =>
        new(receipt.Id, receipt.FileName, receipt.ContentType, receipt.Size, receipt.BlobName, receipt.CreatedAt);

    public Receipt ToReceipt(string userId, Guid expenseId) => new()
    {
        Id = Id,
        ExpenseId = expenseId,
        UserId = userId,
        FileName = FileName,
        ContentType = ContentType,
        Size = Size,
        BlobName = BlobName,
        CreatedAt = CreatedAt,
    };
}
