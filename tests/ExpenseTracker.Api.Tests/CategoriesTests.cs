using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Api.Tests;

public sealed class CategoriesTests(SharedApi api)
{
    [Fact]
    public async Task A_new_user_starts_with_the_default_categories()
    {
        var client = await api.NewUserClientAsync();

        var names = (await client.CategoriesAsync()).Select(category => category.Name).Order();

        Assert.Equal(["Entertainment", "Food", "Groceries", "Health", "Housing", "Other", "Shopping", "Transport", "Travel", "Utilities"], names);
    }

    [Fact]
    public async Task A_category_can_be_created_renamed_and_recolored()
    {
        var client = await api.NewUserClientAsync();

        var created = await (await client.PostAsJsonAsync("/api/v1/categories", new CategoryRequest("Pets", "#22c55e")))
            .ReadAsync<CategoryResponse>(HttpStatusCode.Created);
        var renamed = await (await client.PutAsJsonAsync($"/api/v1/categories/{created.Id}", new CategoryRequest("Pet care", "#0000FF")))
            .ReadAsync<CategoryResponse>();

        Assert.Equal(("Pets", "#22C55E"), (created.Name, created.Color));
        Assert.Equal(("Pet care", "#0000FF"), (renamed.Name, renamed.Color));
        Assert.Contains(await client.CategoriesAsync(), category => category.Name == "Pet care");
    }

    [Theory]
    [InlineData("food")]
    [InlineData("FOOD")]
    [InlineData(" Food ")]
    public async Task Names_are_unique_per_user_ignoring_case(string name)
    {
        var client = await api.NewUserClientAsync();

        await (await client.PostAsJsonAsync("/api/v1/categories", new CategoryRequest(name))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(10, (await client.CategoriesAsync()).Count);
    }

    [Fact]
    public async Task Renaming_onto_another_category_name_answers_409()
    {
        var client = await api.NewUserClientAsync();
        var food = await client.CategoryAsync("Food");

        await (await client.PutAsJsonAsync($"/api/v1/categories/{food.Id}", new CategoryRequest("travel"))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Food", (await client.CategoryAsync("Food")).Name);
    }

    [Fact]
    public async Task Two_users_may_use_the_same_name()
    {
        var alice = await api.NewUserClientAsync();
        var bob = await api.NewUserClientAsync();

        Assert.Equal(HttpStatusCode.Created, (await alice.PostAsJsonAsync("/api/v1/categories", new CategoryRequest("Garden"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await bob.PostAsJsonAsync("/api/v1/categories", new CategoryRequest("Garden"))).StatusCode);
    }

    [Theory]
    [InlineData("""{"name":""}""", "name")]
    [InlineData("""{"color":"#123456"}""", "name")]
    [InlineData("""{"name":"Pets","color":"green"}""", "color")]
    public async Task Invalid_categories_answer_400(string body, string field)
    {
        var client = await api.NewUserClientAsync();

        await (await client.PostAsync("/api/v1/categories", new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).AssertFieldErrorAsync(field);
        Assert.Equal(10, (await client.CategoriesAsync()).Count);
    }

    [Fact]
    public async Task An_unused_category_is_deleted_with_its_budget()
    {
        var client = await api.NewUserClientAsync();
        var health = await client.CategoryAsync("Health");
        (await client.PutAsJsonAsync($"/api/v1/budgets/{health.Id}", new BudgetRequest(100m, "EUR"))).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/categories/{health.Id}")).StatusCode);

        Assert.DoesNotContain(await client.CategoriesAsync(), category => category.Id == health.Id);
        Assert.Empty((await client.GetFromJsonAsync<List<BudgetResponse>>("/api/v1/budgets"))!);
    }

    [Fact]
    public async Task A_used_category_answers_409_and_stays()
    {
        var client = await api.NewUserClientAsync();
        var food = await client.CategoryAsync("Food");
        await client.CreateExpenseAsync(categoryId: food.Id);

        await (await client.DeleteAsync($"/api/v1/categories/{food.Id}")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(await client.CategoriesAsync(), category => category.Id == food.Id);
    }

    [Fact]
    public async Task Deleting_with_reassign_moves_the_expenses()
    {
        var client = await api.NewUserClientAsync();
        var food = await client.CategoryAsync("Food");
        var groceries = await client.CategoryAsync("Groceries");
        var expense = await client.CreateExpenseAsync(categoryId: food.Id);

        var response = await client.DeleteAsync($"/api/v1/categories/{food.Id}?reassignTo={groceries.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var moved = await client.GetFromJsonAsync<ExpenseResponse>($"/api/v1/expenses/{expense.Id}");
        Assert.Equal(groceries.Id, moved!.CategoryId);
        Assert.Equal(2, moved.Version);
    }

    [Fact]
    public async Task Reassigning_to_an_unknown_category_answers_400_and_keeps_everything()
    {
        var client = await api.NewUserClientAsync();
        var food = await client.CategoryAsync("Food");
        var expense = await client.CreateExpenseAsync(categoryId: food.Id);

        await (await client.DeleteAsync($"/api/v1/categories/{food.Id}?reassignTo={Guid.NewGuid()}")).AssertFieldErrorAsync("reassignTo");
        Assert.Equal(food.Id, (await client.GetFromJsonAsync<ExpenseResponse>($"/api/v1/expenses/{expense.Id}"))!.CategoryId);
    }
}
