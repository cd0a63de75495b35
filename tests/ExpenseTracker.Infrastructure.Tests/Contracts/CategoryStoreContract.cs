using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Domain.Budgets;
using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

public abstract class CategoryStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private ICategoryStore Categories => Store.Port<ICategoryStore>();

    [Fact]
    public async Task Categories_are_listed_by_name_whatever_its_case_and_only_to_their_user()
    {
        var travel = await AddAsync("travel");
        var food = await AddAsync("Food");
        var health = await AddAsync("HEALTH");
        var intruder = StoreUnderTest.NewUserId();

        Assert.Equal(["Food", "HEALTH", "travel"], (await Categories.ListAsync(UserId, Token)).Select(category => category.Name));
        Assert.Equal(food.Color, (await Categories.FindAsync(UserId, food.Id, Token))?.Color);
        Assert.True(await Categories.ExistsAsync(UserId, health.Id, Token));
        Assert.Null(await Categories.FindAsync(intruder, travel.Id, Token));
        Assert.False(await Categories.ExistsAsync(intruder, travel.Id, Token));
        Assert.Empty(await Categories.ListAsync(intruder, Token));
    }

    [Fact]
    public async Task A_name_is_taken_once_per_user_whatever_its_case()
    {
        await AddAsync("Food");

        Assert.False(await Categories.AddAsync(Samples.Category(UserId, "fOOD"), Token));
        Assert.True(await Categories.AddAsync(Samples.Category(StoreUnderTest.NewUserId(), "Food"), Token));
        Assert.Single(await Categories.ListAsync(UserId, Token));
    }

    [Fact]
    public async Task A_rename_is_saved_unless_another_category_has_the_name()
    {
        await AddAsync("Food");
        var drinks = await AddAsync("Drinks");

        drinks.Rename("food", "#22C55E");
        Assert.False(await Categories.UpdateAsync(drinks, Token));
        drinks.Rename("DRINKS", "#22C55E");
        Assert.True(await Categories.UpdateAsync(drinks, Token));

        var stored = await Categories.FindAsync(UserId, drinks.Id, Token);
        Assert.Equal("DRINKS", stored?.Name);
        Assert.Equal("#22C55E", stored?.Color);
    }

    [Fact]
    public async Task An_unused_category_is_deleted_with_its_budget_and_its_message()
    {
        var food = await AddAsync("Food");
        await Store.Port<IBudgetStore>().SetAsync(new Budget(UserId, food.Id, Money.Of(100m, Currency.Of("EUR"))), Samples.BudgetSet(UserId, food.Id), Token);
        var message = Samples.CategoryDeleted(UserId, food.Id);

        Assert.Equal(CategoryDeletion.Deleted, await Categories.DeleteAsync(UserId, food.Id, null, message, Token));

        Assert.False(await Categories.ExistsAsync(UserId, food.Id, Token));
        Assert.Empty(await Store.Port<IBudgetStore>().ListAsync(UserId, Token));
        Assert.Contains(message.Id, await Store.OutboxMessageIdsAsync(UserId));
        Assert.Equal(CategoryDeletion.NotFound, await Categories.DeleteAsync(UserId, food.Id, null, Samples.CategoryDeleted(UserId, food.Id), Token));
    }

    [Fact]
    public async Task A_used_category_is_kept_unless_its_expenses_are_moved_to_another()
    {
        var food = await AddAsync("Food");
        var groceries = await AddAsync("Groceries");
        var expense = Samples.Expense(UserId, 10m, categoryId: food.Id);
        await Store.Port<IExpenseStore>().AddAsync(expense, Samples.Created(expense), null, Token);
        var refused = Samples.CategoryDeleted(UserId, food.Id);

        Assert.Equal(CategoryDeletion.InUse, await Categories.DeleteAsync(UserId, food.Id, null, refused, Token));
        Assert.True(await Categories.ExistsAsync(UserId, food.Id, Token));
        Assert.DoesNotContain(refused.Id, await Store.OutboxMessageIdsAsync(UserId));

        Assert.Equal(CategoryDeletion.Deleted, await Categories.DeleteAsync(UserId, food.Id, groceries.Id, Samples.CategoryDeleted(UserId, food.Id, groceries.Id), Token));
        var moved = await Store.Port<IExpenseStore>().FindAsync(UserId, expense.Id, Token);
        Assert.Equal(groceries.Id, moved?.Details.CategoryId);
        Assert.Equal(2, moved?.Version);
        Assert.False(await Categories.ExistsAsync(UserId, food.Id, Token));
    }

    [Fact]
    public async Task Deleting_is_refused_for_a_missing_target_and_for_another_users_category()
    {
        var food = await AddAsync("Food");
        var othersCategory = Samples.Category(StoreUnderTest.NewUserId(), "Theirs");
        await Categories.AddAsync(othersCategory, Token);

        Assert.Equal(CategoryDeletion.ReassignTargetNotFound, await Categories.DeleteAsync(UserId, food.Id, othersCategory.Id, Samples.CategoryDeleted(UserId, food.Id), Token));
        Assert.Equal(CategoryDeletion.NotFound, await Categories.DeleteAsync(UserId, othersCategory.Id, null, Samples.CategoryDeleted(UserId, othersCategory.Id), Token));
        Assert.True(await Categories.ExistsAsync(UserId, food.Id, Token));
        Assert.True(await Categories.ExistsAsync(othersCategory.UserId, othersCategory.Id, Token));
        Assert.Empty(await Store.OutboxMessageIdsAsync(UserId));
    }

    private async Task<Category> AddAsync(string name)
    {
        var category = Samples.Category(UserId, name);
        Assert.True(await Categories.AddAsync(category, Token));
        return category;
    }
}
