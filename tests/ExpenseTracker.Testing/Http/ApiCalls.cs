using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Testing;

/// <summary>The plain HTTP calls tests make again and again, written once.</summary>
public static class ApiCalls
{
    public static async Task<ExpenseResponse> CreateExpenseAsync(this HttpClient client, ExpenseRequest request) =>
        await (await client.PostAsJsonAsync("/api/v1/expenses", request)).ReadAsync<ExpenseResponse>(HttpStatusCode.Created);

    public static Task<ExpenseResponse> CreateExpenseAsync(this HttpClient client, decimal amount = 12.50m, string currency = "EUR", DateOnly? date = null, Guid? categoryId = null) =>
        client.CreateExpenseAsync(Expenses.Request(amount, currency, date, categoryId));

    public static async Task<PagedResponse<ExpenseResponse>> ListExpensesAsync(this HttpClient client, string query = "") =>
        await (await client.GetAsync($"/api/v1/expenses{query}")).ReadAsync<PagedResponse<ExpenseResponse>>();

    public static async Task<long> CountExpensesAsync(this HttpClient client) => (await client.ListExpensesAsync()).TotalCount;

    public static async Task<IReadOnlyList<CategoryResponse>> CategoriesAsync(this HttpClient client) =>
        await (await client.GetAsync("/api/v1/categories")).ReadAsync<List<CategoryResponse>>();

    public static async Task<CategoryResponse> CategoryAsync(this HttpClient client, string name) =>
        (await client.CategoriesAsync()).Single(category => category.Name == name);

    public static async Task<MonthlyReport> MonthlyReportAsync(this HttpClient client, string month) =>
        await (await client.GetAsync($"/api/v1/reports/monthly?month={month}")).ReadAsync<MonthlyReport>();
}
