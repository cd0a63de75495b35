using ExpenseTracker.Contracts;

namespace ExpenseTracker.Testing;

/// <summary>Expense requests tests make again and again: EUR 12.50 at the bakery today, unless told otherwise.</summary>
public static class Expenses
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static ExpenseRequest Request(
        decimal amount = 12.50m,
        string currency = "EUR",
        DateOnly? date = null,
        Guid? categoryId = null,
        string? merchant = "Bakery",
        string? note = null,
        IReadOnlyList<string>? tags = null) =>
        new(amount, currency, date ?? Today, categoryId, merchant, note, tags);
}
