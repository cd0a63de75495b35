using ExpenseTracker.Domain.Currencies;

namespace ExpenseTracker.Domain.Expenses;

/// <summary>What the user says about a purchase. Shared by expenses and the templates of recurring rules.</summary>
public sealed record ExpenseDetails
{
    public ExpenseDetails(
        Money amount,
        Guid? categoryId,
        string? merchant,
        string? note,
        IReadOnlyList<string>? tags,
        string? paymentMethod)
    {
        if (!amount.IsPositive || amount.Amount > Money.MaxAmount)
        {
            throw new DomainException($"An amount must be positive and at most 1,000,000,000,000.");
        }

        Amount = amount;
        CategoryId = categoryId;
        Merchant = Text.Clean(merchant, ExpenseLimits.MerchantMaxLength, "merchant");
        Note = Text.Clean(note, ExpenseLimits.NoteMaxLength, "note");
        PaymentMethod = Text.Clean(paymentMethod, ExpenseLimits.PaymentMethodMaxLength, "payment method");
        Tags = Tag.Normalize(tags ?? []);
    }

    public Money Amount { get; }

    public Currency Currency => Amount.Currency;

    public Guid? CategoryId { get; init; }

    public string? Merchant { get; }

    public string? Note { get; }

    public IReadOnlyList<string> Tags { get; }

    public string? PaymentMethod { get; }

    public bool Equals(ExpenseDetails? other) =>
        other is not null
        && Amount == other.Amount
        && CategoryId == other.CategoryId
        && Merchant == other.Merchant
        && Note == other.Note
        && PaymentMethod == other.PaymentMethod
        && Tags.SequenceEqual(other.Tags);

    public override int GetHashCode() => HashCode.Combine(Amount, CategoryId, Merchant, Note, PaymentMethod, Tags.Count);
}
