using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Tests.Client;

public sealed class CategoriesClientTests(SharedApi api)
{
    [Fact]
    public async Task A_new_user_has_the_default_categories_and_can_add_rename_and_delete_one()
    {
        await using var client = ClientScope.SignedIn(api);

        var defaults = await client.Api.Categories.ListAsync();
        var pets = await client.Api.Categories.CreateAsync(new CategoryRequest("Pets", "#aa5500"));
        var animals = await client.Api.Categories.UpdateAsync(pets.Id, new CategoryRequest("Animals", "#aa5500"));
        await client.Api.Categories.DeleteAsync(animals.Id);

        Assert.Equal(
            ["Entertainment", "Food", "Groceries", "Health", "Housing", "Other", "Shopping", "Transport", "Travel", "Utilities"],
            defaults.Select(category => category.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Animals", animals.Name);
        Assert.DoesNotContain(await client.Api.Categories.ListAsync(), category => category.Id == pets.Id);
    }

    [Fact]
    public async Task Deleting_a_used_category_answers_409_unless_its_expenses_move_elsewhere()
    {
        await using var client = ClientScope.SignedIn(api);
        var food = await client.Api.CategoryAsync("Food");
        var groceries = await client.Api.CategoryAsync("Groceries");
        var expense = await client.Api.CreateExpenseAsync(Expenses.Request(categoryId: food.Id));

        var conflict = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.Categories.DeleteAsync(food.Id));
        await client.Api.Categories.DeleteAsync(food.Id, reassignTo: groceries.Id);

        Assert.Equal(409, conflict.Status);
        Assert.Equal(groceries.Id, (await client.Api.Expenses.GetAsync(expense.Id).WithETagAsync()).Value.CategoryId);
    }
}
