using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Domain.Budgets;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

public abstract class BudgetStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private IBudgetStore Budgets => Store.Port<IBudgetStore>();

    [Fact]
    public async Task A_category_has_one_budget_that_setting_again_replaces()
    {
        var food = await CategoryAsync("Food");
        var travel = await CategoryAsync("Travel");

        await Budgets.SetAsync(Budget(travel, 1500m, "JPY"), Samples.BudgetSet(UserId, travel), Token);
        await Budgets.SetAsync(Budget(food, 300m, "EUR"), Samples.BudgetSet(UserId, food), Token);
        await Budgets.SetAsync(Budget(food, 250.75m, "USD"), Samples.BudgetSet(UserId, food), Token);

        var budgets = await Budgets.ListAsync(UserId, Token);
        Assert.Equal(new[] { food, travel }.Order(), budgets.Select(budget => budget.CategoryId));
        Assert.Equal(Money.Of(250.75m, Currency.Of("USD")), budgets.Single(budget => budget.CategoryId == food).Amount);
        Assert.Equal(Money.Of(1500m, Currency.Of("JPY")), budgets.Single(budget => budget.CategoryId == travel).Amount);
        Assert.Empty(await Budgets.ListAsync(StoreUnderTest.NewUserId(), Token));
    }

    [Fact]
    public async Task A_budget_is_deleted_once_and_each_accepted_change_writes_its_message()
    {
        var food = await CategoryAsync("Food");
        var set = Samples.BudgetSet(UserId, food);
        var deleted = Samples.BudgetDeleted(UserId, food);
        var refused = Samples.BudgetDeleted(UserId, food);

        await Budgets.SetAsync(Budget(food, 300m, "EUR"), set, Token);
        Assert.False(await Budgets.DeleteAsync(StoreUnderTest.NewUserId(), food, Samples.BudgetDeleted(UserId, food), Token));
        Assert.True(await Budgets.DeleteAsync(UserId, food, deleted, Token));
        Assert.False(await Budgets.DeleteAsync(UserId, food, refused, Token));

        Assert.Empty(await Budgets.ListAsync(UserId, Token));
        Assert.Equal(new[] { set.Id, deleted.Id }.Order(), (await Store.OutboxMessageIdsAsync(UserId)).Order());
    }

    private Budget Budget(Guid categoryId, decimal amount, string currency) =>
        new(UserId, categoryId, Money.Of(amount, Currency.Of(currency)));
}
