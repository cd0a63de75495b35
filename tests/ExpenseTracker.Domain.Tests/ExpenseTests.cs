using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Domain.Tests;

public sealed class ExpenseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Tags_keep_their_spelling_and_appear_once_whatever_their_case()
    {
        var details = new ExpenseDetails(Money.Of(5m, Currency.Of("EUR")), null, null, null, [" Work ", "work", "Lunch"], null);

        Assert.Equal(["Work", "Lunch"], details.Tags);
    }

    [Fact]
    public void An_expense_more_than_a_year_ahead_is_refused() =>
        Assert.Throws<DomainException>(() => Expense.Record("alice", new DateOnly(2027, 11, 26), Details(), Now));

    [Fact]
    public void An_expense_before_1970_is_refused() =>
        Assert.Throws<DomainException>(() => Expense.Record("alice", new DateOnly(1969, 12, 31), Details(), Now));

    [Fact]
    public void Replacing_an_expense_raises_its_version()
    {
        var expense = Expense.Record("alice", new DateOnly(2026, 11, 1), Details(), Now);

        expense.Replace(new DateOnly(2026, 11, 2), Details(), Now.AddMinutes(1));

        Assert.Equal(2, expense.Version);
        Assert.Equal(Now.AddMinutes(1), expense.UpdatedAt);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Amounts_must_be_positive(string amount) =>
        Assert.Throws<DomainException>(() => new ExpenseDetails(
            Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.Of("EUR")), null, null, null, null, null));

    [Fact]
    public void Category_names_are_compared_ignoring_case() =>
        Assert.Equal(Category.Create("alice", "Food", null).NameKey, Category.Create("alice", "  fOOD ", null).NameKey);

    [Fact]
    public void New_users_start_with_ten_categories()
    {
        var names = DefaultCategories.For("alice").Select(category => category.Name);

        Assert.Equal(["Food", "Groceries", "Transport", "Housing", "Utilities", "Health", "Entertainment", "Shopping", "Travel", "Other"], names);
    }

    private static ExpenseDetails Details() => new(Money.Of(3.50m, Currency.Of("EUR")), null, "Bakery", null, null, null);
}
