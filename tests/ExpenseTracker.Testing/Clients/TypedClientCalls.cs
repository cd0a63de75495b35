using ExpenseTracker.Client;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Testing;

/// <summary>What tests arrange through the typed client again and again, written once.</summary>
public static class TypedClientCalls
{
    public static async Task<ExpenseResponse> CreateExpenseAsync(this IExpenseTrackerClient api, ExpenseRequest request) =>
        (await api.Expenses.CreateAsync(request).WithETagAsync()).Value;

    public static async Task<CategoryResponse> CategoryAsync(this IExpenseTrackerClient api, string name) =>
        (await api.Categories.ListAsync()).Single(category => category.Name == name);
}
