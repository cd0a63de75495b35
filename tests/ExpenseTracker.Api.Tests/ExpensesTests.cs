using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Api.Tests;

public sealed class ExpensesTests(SharedApi api)
{
    [Fact]
    public async Task A_recorded_expense_can_be_read_back_with_its_location_and_etag()
    {
        var client = await api.NewUserClientAsync();
        var food = await client.CategoryAsync("Food");

        var created = await client.PostAsJsonAsync("/api/v1/expenses",
            new ExpenseRequest(4.20m, "EUR", new DateOnly(2026, 11, 20), food.Id, "Café du Coin", "Croissant and coffee", ["breakfast", "work"], "card"));

        var expense = await created.ReadAsync<ExpenseResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/expenses/{expense.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);

        var read = await client.GetAsync(created.Headers.Location);
        var stored = await read.ReadAsync<ExpenseResponse>();
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        Assert.Equal(4.20m, stored.Amount);
        Assert.Equal("EUR", stored.Currency);
        Assert.Equal(new DateOnly(2026, 11, 20), stored.Date);
        Assert.Equal(food.Id, stored.CategoryId);
        Assert.Equal("Café du Coin", stored.Merchant);
        Assert.Equal("Croissant and coffee", stored.Note);
        Assert.Equal(["breakfast", "work"], stored.Tags);
        Assert.Equal("card", stored.PaymentMethod);
    }

    [Fact]
    public async Task Amounts_keep_their_currency_decimals_in_json()
    {
        var client = await api.NewUserClientAsync();

        var euros = await client.PostAsJsonAsync("/api/v1/expenses", Expenses.Request(12.5m, "EUR"));
        var yen = await client.PostAsJsonAsync("/api/v1/expenses", Expenses.Request(1200m, "JPY"));
        var dinars = await client.PostAsJsonAsync("/api/v1/expenses", Expenses.Request(1.5m, "BHD"));

        Assert.Contains("\"amount\":12.50,", await euros.Content.ReadAsStringAsync());
        Assert.Contains("\"amount\":1200,", await yen.Content.ReadAsStringAsync());
        Assert.Contains("\"amount\":1.500,", await dinars.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Replacing_an_expense_changes_it_and_its_etag()
    {
        var client = await api.NewUserClientAsync();
        var expense = await client.CreateExpenseAsync(10m);

        var replaced = await client.PutAsJsonAsync($"/api/v1/expenses/{expense.Id}", Expenses.Request(11.99m, "USD", merchant: "Bookshop", tags: ["gift"]));

        var updated = await replaced.ReadAsync<ExpenseResponse>();
        Assert.Equal("\"2\"", replaced.Headers.ETag?.Tag);
        Assert.Equal(11.99m, updated.Amount);
        Assert.Equal("USD", updated.Currency);
        Assert.Equal("Bookshop", updated.Merchant);
        Assert.Equal(["gift"], updated.Tags);
        Assert.Equal(11.99m, (await client.GetFromJsonAsync<ExpenseResponse>($"/api/v1/expenses/{expense.Id}"))!.Amount);
    }

    [Fact]
    public async Task A_stale_if_match_answers_412_and_changes_nothing()
    {
        var client = await api.NewUserClientAsync();
        var expense = await client.CreateExpenseAsync(10m);
        (await client.PutAsJsonAsync($"/api/v1/expenses/{expense.Id}", Expenses.Request(20m))).EnsureSuccessStatusCode();

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/expenses/{expense.Id}") { Content = JsonContent.Create(Expenses.Request(30m)) };
        stale.Headers.IfMatch.ParseAdd("\"1\"");
        var response = await client.SendAsync(stale);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(20m, (await client.GetFromJsonAsync<ExpenseResponse>($"/api/v1/expenses/{expense.Id}"))!.Amount);
    }

    [Fact]
    public async Task A_current_if_match_lets_the_change_through()
    {
        var client = await api.NewUserClientAsync();
        var expense = await client.CreateExpenseAsync(10m);

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/expenses/{expense.Id}") { Content = JsonContent.Create(Expenses.Request(15m)) };
        request.Headers.IfMatch.ParseAdd("\"1\"");
        var response = await client.SendAsync(request);

        Assert.Equal(15m, (await response.ReadAsync<ExpenseResponse>()).Amount);
    }

    [Fact]
    public async Task A_deleted_expense_is_gone()
    {
        var client = await api.NewUserClientAsync();
        var expense = await client.CreateExpenseAsync();

        var deleted = await client.DeleteAsync($"/api/v1/expenses/{expense.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await client.GetAsync($"/api/v1/expenses/{expense.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync($"/api/v1/expenses/{expense.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await client.CountExpensesAsync());
    }

    [Fact]
    public async Task An_id_that_is_not_a_guid_answers_404() =>
        await (await (await api.NewUserClientAsync()).GetAsync("/api/v1/expenses/not-an-id")).AssertProblemAsync(HttpStatusCode.NotFound);
}
