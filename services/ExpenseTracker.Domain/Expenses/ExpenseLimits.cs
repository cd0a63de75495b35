namespace ExpenseTracker.Domain.Expenses;

/// <summary>The limits a user runs into when recording an expense, shared by every entry point.</summary>
public static class ExpenseLimits
{
    public const int MerchantMaxLength = 200;
    public const int NoteMaxLength = 2_000;
    public const int PaymentMethodMaxLength = 50;
    public const int MaxTags = 20;
    public const int TagMaxLength = 50;

    public static readonly DateOnly EarliestDate = new(1970, 1, 1);

    /// <summary>Expenses may be planned up to a year ahead, not further.</summary>
    public static DateOnly LatestDate(DateOnly today) => today.AddYears(1);
}
