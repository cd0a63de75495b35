using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Api.Tests;

public sealed class BudgetsTests(SharedApi api)
{
    [Fact]
    public async Task A_budget_is_set_replaced_listed_and_removed()
    {
        var client = await api.NewUserClientAsync();
        var food = await client.CategoryAsync("Food");

        var set = await (await client.PutAsJsonAsync($"/api/v1/budgets/{food.Id}", new BudgetRequest(300m, "EUR"))).ReadAsync<BudgetResponse>();
        var replaced = await (await client.PutAsJsonAsync($"/api/v1/budgets/{food.Id}", new BudgetRequest(250.5m, "EUR"))).ReadAsync<BudgetResponse>();
        var listed = await client.GetFromJsonAsync<List<BudgetResponse>>("/api/v1/budgets");

        Assert.Equal(new BudgetResponse(food.Id, 300m, "EUR"), set);
        Assert.Equal(new BudgetResponse(food.Id, 250.50m, "EUR"), replaced);
        Assert.Equal([replaced], listed!);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/budgets/{food.Id}")).StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<List<BudgetResponse>>("/api/v1/budgets"))!);
        await (await client.DeleteAsync($"/api/v1/budgets/{food.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"amount":0,"currency":"EUR"}""", "amount")]
    [InlineData("""{"amount":10.001,"currency":"EUR"}""", "amount")]
    [InlineData("""{"amount":10,"currency":"XXX"}""", "currency")]
    [InlineData("""{"currency":"EUR"}""", "amount")]
    public async Task Invalid_budgets_answer_400_and_store_nothing(string body, string field)
    {
        var client = await api.NewUserClientAsync();
        var food = await client.CategoryAsync("Food");

        await (await client.PutAsync($"/api/v1/budgets/{food.Id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).AssertFieldErrorAsync(field);
        Assert.Empty((await client.GetFromJsonAsync<List<BudgetResponse>>("/api/v1/budgets"))!);
    }

    [Fact]
    public async Task A_budget_for_an_unknown_category_answers_404() =>
        await (await (await api.NewUserClientAsync()).PutAsJsonAsync($"/api/v1/budgets/{Guid.NewGuid()}", new BudgetRequest(10m, "EUR")))
            .AssertProblemAsync(HttpStatusCode.NotFound);
}
