using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>An expense as a document of the <c>expenses</c> collection. Element names and BSON types: <see cref="MongoClassMaps"/>.</summary>
internal sealed class ExpenseDocument
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public Guid? CategoryId { get; set; }
    public string? Merchant { get; set; }
    public string? Note { get; set; }
    public string? PaymentMethod { get; set; }
    public string[] Tags { get; set; } = [];

    /// <summary>The tags case-folded, for the tag filter (a multikey index).</summary>
    public string[] TagKeys { get; set; } = [];

    /// <summary>Merchant and note case-folded, for the text filter.</summary>
    public string SearchText { get; set; } = "";

    public long Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static ExpenseDocument From(Expense expense) => new()
    {
        Id = expense.Id,
        UserId = expense.UserId,
        Date = expense.Date,
        Amount = expense.Details.Amount.Amount,
        Currency = expense.Details.Currency.Code,
        CategoryId = expense.Details.CategoryId,
        Merchant = expense.Details.Merchant,
        Note = expense.Details.Note,
        PaymentMethod = expense.Details.PaymentMethod,
        Tags = [.. expense.Details.Tags],
        TagKeys = [.. expense.Details.Tags.Select(Tag.Key).Distinct(StringComparer.Ordinal)],
        SearchText = ExpenseSearchText.Of(expense.Details),
        Version = expense.Version,
        CreatedAt = expense.CreatedAt.UtcDateTime,
        UpdatedAt = expense.UpdatedAt.UtcDateTime,
    };

    public Expense ToExpense() => Expense.Restore(
        Id,
        UserId,
        Date,
        new ExpenseDetails(Money.Of(Amount, Domain.Currencies.Currency.Of(Currency)), CategoryId, Merchant, Note, Tags, PaymentMethod),
        Version,
        MongoTime.ToOffset(CreatedAt),
        MongoTime.ToOffset(UpdatedAt));

    /// <summary>Element names that pipelines and untyped filters spell out.</summary>
    public static class Fields
    {
        public const string UserId = "userId";
        public const string Date = "date";
        public const string Amount = "amount";
        public const string Currency = "currency";
        public const string CategoryId = "categoryId";
        public const string Merchant = "merchant";
        public const string Note = "note";
        public const string PaymentMethod = "paymentMethod";
        public const string Tags = "tags";
        public const string TagKeys = "tagKeys";
        public const string SearchText = "searchText";
        public const string Version = "version";
        public const string CreatedAt = "createdAt";
        public const string UpdatedAt = "updatedAt";

        /// <summary>Counts writes to the expense's receipts; never read, see <c>MongoReceiptStore.AddAsync</c>.</summary>
        public const string ReceiptWrites = "receiptWrites";
    }
}
