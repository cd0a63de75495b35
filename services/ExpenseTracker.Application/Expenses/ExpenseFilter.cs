namespace ExpenseTracker.Application.Expenses;

/// <summary>Which of a user's expenses a list, an export or a count is about. Every part is optional.</summary>
public sealed record ExpenseFilter
{
    public static ExpenseFilter None { get; } = new();

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public Guid? CategoryId { get; init; }
    public string? Tag { get; init; }

    /// <summary>Text found in the merchant or the note, whatever its case.</summary>
    public string? Text { get; init; }

    public decimal? MinAmount { get; init; }
    public decimal? MaxAmount { get; init; }
    public string? Currency { get; init; }
}

public enum ExpenseSort
{
    DateDescending,
    DateAscending,
    AmountAscending,
    AmountDescending,
}
