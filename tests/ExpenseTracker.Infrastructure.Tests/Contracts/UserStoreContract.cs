using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Users;
using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Users;
using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

public abstract class UserStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private IUserStore Users => Store.Port<IUserStore>();

    [Fact]
    public async Task A_new_user_is_provisioned_once_with_the_starting_categories()
    {
        await Users.EnsureProvisionedAsync(UserId, UserSettings.Default, DefaultCategories.For(UserId), Token);
        await Users.EnsureProvisionedAsync(UserId, new UserSettings(Currency.Of("EUR"), "fr-FR"), [Samples.Category(UserId, "Extra")], Token);

        var names = (await Store.Port<ICategoryStore>().ListAsync(UserId, Token)).Select(category => category.Name).ToList();
        Assert.Equal(DefaultCategories.For(UserId).Select(category => category.Name).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Equal(UserSettings.Default, await Users.GetSettingsAsync(UserId, Token));
    }

    [Fact]
    public async Task Provisioning_the_same_user_from_many_requests_at_once_gives_one_set_of_categories()
    {
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Users.EnsureProvisionedAsync(UserId, UserSettings.Default, DefaultCategories.For(UserId), Token)));

        Assert.Equal(DefaultCategories.For(UserId).Count, (await Store.Port<ICategoryStore>().ListAsync(UserId, Token)).Count);
    }

    [Fact]
    public async Task Settings_are_saved_per_user_and_a_stranger_has_the_defaults()
    {
        var settings = new UserSettings(Currency.Of("JPY"), "ja-JP");

        await Users.SaveSettingsAsync(UserId, settings, Token);
        await Users.SaveSettingsAsync(UserId, new UserSettings(Currency.Of("BHD"), "de-DE"), Token);

        Assert.Equal(new UserSettings(Currency.Of("BHD"), "de-DE"), await Users.GetSettingsAsync(UserId, Token));
        Assert.Equal(UserSettings.Default, await Users.GetSettingsAsync(StoreUnderTest.NewUserId(), Token));
    }
}
