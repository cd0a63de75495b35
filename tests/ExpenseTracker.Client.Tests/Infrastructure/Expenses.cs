using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>Expense requests tests make again and again.</summary>
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

    public static async Task<ExpenseResponse> CreateAsync(this IExpenseTrackerClient api, ExpenseRequest request) =>
        (await api.Expenses.CreateAsync(request).WithETagAsync()).Value;

    public static async Task<CategoryResponse> CategoryAsync(this IExpenseTrackerClient api, string name) =>
        (await api.Categories.ListAsync()).Single(category => category.Name == name);
}
