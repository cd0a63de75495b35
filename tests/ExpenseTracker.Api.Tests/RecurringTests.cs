using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Api.Tests;

public sealed class RecurringTests(SharedApi api)
{
    private static RecurringRequest Rent(DateOnly? start = null, Guid? categoryId = null) =>
        new(950m, "EUR", "monthly", 1, start ?? Expenses.Today.AddDays(10), null, categoryId, "Landlord", "Rent", ["home"]);

    private static void AssertSame(RecurringResponse expected, RecurringResponse actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));

    [Fact]
    public async Task A_recurring_expense_is_created_listed_replaced_and_deleted()
    {
        var client = await api.NewUserClientAsync();
        var housing = await client.CategoryAsync("Housing");

        var response = await client.PostAsJsonAsync("/api/v1/recurring", Rent(categoryId: housing.Id));
        var created = await response.ReadAsync<RecurringResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/recurring/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(950m, created.Amount);
        Assert.Equal("monthly", created.Frequency);
        Assert.Equal(Expenses.Today.AddDays(10), created.NextOccurrence);
        AssertSame(created, Assert.Single((await client.GetFromJsonAsync<List<RecurringResponse>>("/api/v1/recurring"))!));

        var replaced = await (await client.PutAsJsonAsync($"/api/v1/recurring/{created.Id}", Rent(Expenses.Today.AddDays(20)) with { Amount = 975.50m, Frequency = "weekly", Interval = 2 }))
            .ReadAsync<RecurringResponse>();
        Assert.Equal(975.50m, replaced.Amount);
        Assert.Equal("weekly", replaced.Frequency);
        Assert.Equal(2, replaced.Interval);
        Assert.Equal(Expenses.Today.AddDays(20), replaced.NextOccurrence);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/recurring/{created.Id}")).StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<List<RecurringResponse>>("/api/v1/recurring"))!);
    }

    [Fact]
    public async Task A_due_occurrence_becomes_an_expense_once()
    {
        var client = await api.NewUserClientAsync();
        var start = Expenses.Today.AddDays(-14);
        var rule = await (await client.PostAsJsonAsync("/api/v1/recurring", new RecurringRequest(9.99m, "EUR", "weekly", 1, start, Merchant: "Streaming")))
            .ReadAsync<RecurringResponse>(HttpStatusCode.Created);

        // Occurrences on start, start + 7 and start + 14 (today) are due; the scheduler runs in the API here.
        var expenses = await Eventually.ValueAsync(async () => (await client.ListExpensesAsync("?sort=date")).Items, items => items.Count >= 3);
        await Task.Delay(300);

        Assert.Equal([start, start.AddDays(7), start.AddDays(14)], (await client.ListExpensesAsync("?sort=date")).Items.Select(expense => expense.Date));
        Assert.All(expenses, expense => Assert.Equal("Streaming", expense.Merchant));
        var listed = Assert.Single((await client.GetFromJsonAsync<List<RecurringResponse>>("/api/v1/recurring"))!);
        Assert.Equal(rule.Id, listed.Id);
        Assert.Equal(start.AddDays(21), listed.NextOccurrence);
    }

    [Theory]
    [InlineData("""{"amount":10,"currency":"EUR","frequency":"daily","interval":1,"startDate":"2026-01-01"}""", "frequency")]
    [InlineData("""{"amount":10,"currency":"EUR","frequency":"weekly","interval":0,"startDate":"2026-01-01"}""", "interval")]
    [InlineData("""{"amount":10,"currency":"EUR","frequency":"weekly","interval":101,"startDate":"2026-01-01"}""", "interval")]
    [InlineData("""{"amount":10,"currency":"EUR","frequency":"weekly"}""", "startDate")]
    [InlineData("""{"amount":10,"currency":"EUR","frequency":"weekly","startDate":"2026-02-01","endDate":"2026-01-01"}""", "endDate")]
    [InlineData("""{"amount":10.001,"currency":"EUR","frequency":"weekly","startDate":"2026-01-01"}""", "amount")]
    [InlineData("""{"amount":10,"currency":"XXX","frequency":"weekly","startDate":"2026-01-01"}""", "currency")]
    [InlineData("""{"amount":10,"currency":"EUR","frequency":"weekly","startDate":"2026-01-01","categoryId":"0199a000-0000-7000-8000-000000000000"}""", "categoryId")]
    public async Task Invalid_recurring_expenses_answer_400_and_store_nothing(string body, string field)
    {
        var client = await api.NewUserClientAsync();

        await (await client.PostAsync("/api/v1/recurring", new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).AssertFieldErrorAsync(field);
        Assert.Empty((await client.GetFromJsonAsync<List<RecurringResponse>>("/api/v1/recurring"))!);
    }

    [Fact]
    public async Task Another_users_recurring_expense_answers_404_and_stays_unchanged()
    {
        var owner = await api.NewUserClientAsync();
        var stranger = await api.NewUserClientAsync();
        var rule = await (await owner.PostAsJsonAsync("/api/v1/recurring", Rent())).ReadAsync<RecurringResponse>(HttpStatusCode.Created);

        await (await stranger.PutAsJsonAsync($"/api/v1/recurring/{rule.Id}", Rent())).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync($"/api/v1/recurring/{rule.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PutAsJsonAsync($"/api/v1/recurring/{rule.Id}", new RecurringRequest(null, null, null, null, null))).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await stranger.GetFromJsonAsync<List<RecurringResponse>>("/api/v1/recurring"))!);
        AssertSame(rule, Assert.Single((await owner.GetFromJsonAsync<List<RecurringResponse>>("/api/v1/recurring"))!));
    }

    [Fact]
    public async Task A_category_used_by_a_recurring_expense_is_in_use_and_moves_with_reassign()
    {
        var client = await api.NewUserClientAsync();
        var housing = await client.CategoryAsync("Housing");
        var other = await client.CategoryAsync("Other");
        var rule = await (await client.PostAsJsonAsync("/api/v1/recurring", Rent(categoryId: housing.Id))).ReadAsync<RecurringResponse>(HttpStatusCode.Created);

        await (await client.DeleteAsync($"/api/v1/categories/{housing.Id}")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/categories/{housing.Id}?reassignTo={other.Id}")).StatusCode);

        var moved = Assert.Single((await client.GetFromJsonAsync<List<RecurringResponse>>("/api/v1/recurring"))!);
        Assert.Equal(rule.Id, moved.Id);
        Assert.Equal(other.Id, moved.CategoryId);
    }
}
