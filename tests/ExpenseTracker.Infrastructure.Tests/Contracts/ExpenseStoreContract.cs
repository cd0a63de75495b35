using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

public abstract class ExpenseStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private IExpenseStore Expenses => Store.Port<IExpenseStore>();

    [Fact]
    public async Task A_recorded_expense_reads_back_as_it_was_written()
    {
        var categoryId = await CategoryAsync("Food");
        var expense = Samples.Expense(UserId, 4.20m, "EUR", new DateOnly(2026, 11, 20), categoryId, "Café du Coin", "Croissant and coffee", ["breakfast", "Work"], "card");

        Assert.True(await Expenses.AddAsync(expense, Samples.Created(expense), null, Token));

        var stored = await Expenses.FindAsync(UserId, expense.Id, Token);
        Assert.NotNull(stored);
        Assert.Equal(expense.Id, stored.Id);
        Assert.Equal(UserId, stored.UserId);
        Assert.Equal(new DateOnly(2026, 11, 20), stored.Date);
        Assert.Equal(Money.Of(4.20m, Currency.Of("EUR")), stored.Details.Amount);
        Assert.Equal(categoryId, stored.Details.CategoryId);
        Assert.Equal("Café du Coin", stored.Details.Merchant);
        Assert.Equal("Croissant and coffee", stored.Details.Note);
        Assert.Equal(["breakfast", "Work"], stored.Details.Tags);
        Assert.Equal("card", stored.Details.PaymentMethod);
        Assert.Equal(1, stored.Version);
        Assert.Equal(Stored(expense.CreatedAt), Stored(stored.CreatedAt));
        Assert.Equal(Stored(expense.UpdatedAt), Stored(stored.UpdatedAt));
    }

    [Theory]
    [InlineData("1000000000000", "EUR")]
    [InlineData("123456789012.345", "BHD")]
    [InlineData("0.01", "USD")]
    [InlineData("1200", "JPY")]
    [InlineData("99999999.9999", "CLF")]
    public async Task Amounts_come_back_exact_with_their_currency(string amount, string currency)
    {
        var money = Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.Of(currency));
        var expense = Samples.Expense(UserId, money.Amount, currency);

        await Expenses.AddAsync(expense, Samples.Created(expense), null, Token);

        var stored = (await Expenses.FindAsync(UserId, expense.Id, Token))!.Details.Amount;
        Assert.Equal(money, stored);
        Assert.Equal(money.ToString(), stored.ToString());
    }

    [Fact]
    public async Task Another_users_expense_is_neither_found_nor_changed()
    {
        var expense = Samples.Expense(UserId, 10m);
        await Expenses.AddAsync(expense, Samples.Created(expense), null, Token);
        var intruder = StoreUnderTest.NewUserId();
        var forged = Domain.Expenses.Expense.Restore(expense.Id, intruder, expense.Date, expense.Details, 2, expense.CreatedAt, expense.UpdatedAt);

        Assert.Null(await Expenses.FindAsync(intruder, expense.Id, Token));
        Assert.False(await Expenses.UpdateAsync(forged, 1, Samples.Updated(forged), Token));
        Assert.False(await Expenses.DeleteAsync(forged, 1, Samples.Deleted(forged), Token));
        Assert.NotNull(await Expenses.FindAsync(UserId, expense.Id, Token));
        Assert.Empty((await Expenses.ListAsync(intruder, ExpenseFilter.None, ExpenseSort.DateDescending, new PageRequest(1, 50), Token)).Items);
    }

    [Fact]
    public async Task A_change_made_from_the_current_version_is_saved_and_one_from_an_older_version_changes_nothing()
    {
        var expense = Samples.Expense(UserId, 10m, merchant: "Bakery");
        await Expenses.AddAsync(expense, Samples.Created(expense), null, Token);

        var first = (await Expenses.FindAsync(UserId, expense.Id, Token))!;
        first.Replace(new DateOnly(2026, 3, 16), Details(20m, "Grocer"), Samples.Now);
        Assert.True(await Expenses.UpdateAsync(first, 1, Samples.Updated(first), Token));

        var stale = (await Expenses.FindAsync(UserId, expense.Id, Token))!;
        stale.Replace(new DateOnly(2026, 3, 17), Details(30m, "Late writer"), Samples.Now);
        Assert.False(await Expenses.UpdateAsync(stale, 1, Samples.Updated(stale), Token));

        var stored = (await Expenses.FindAsync(UserId, expense.Id, Token))!;
        Assert.Equal(2, stored.Version);
        Assert.Equal(20m, stored.Details.Amount.Amount);
        Assert.Equal("Grocer", stored.Details.Merchant);
        Assert.Equal(new DateOnly(2026, 3, 16), stored.Date);
    }

    [Fact]
    public async Task A_delete_from_an_older_version_keeps_the_expense_and_one_from_the_current_version_removes_it()
    {
        var expense = Samples.Expense(UserId, 10m);
        await Expenses.AddAsync(expense, Samples.Created(expense), null, Token);
        var changed = (await Expenses.FindAsync(UserId, expense.Id, Token))!;
        changed.Replace(changed.Date, Details(11m, null), Samples.Now);
        await Expenses.UpdateAsync(changed, 1, Samples.Updated(changed), Token);

        Assert.False(await Expenses.DeleteAsync(changed, 1, Samples.Deleted(changed), Token));
        Assert.NotNull(await Expenses.FindAsync(UserId, expense.Id, Token));

        Assert.True(await Expenses.DeleteAsync(changed, 2, Samples.Deleted(changed), Token));
        Assert.Null(await Expenses.FindAsync(UserId, expense.Id, Token));
    }

    [Fact]
    public async Task Every_accepted_change_writes_its_outbox_message_and_a_refused_one_writes_none()
    {
        var expense = Samples.Expense(UserId, 10m);
        var created = Samples.Created(expense);
        await Expenses.AddAsync(expense, created, null, Token);
        expense.Replace(expense.Date, Details(12m, null), Samples.Now);
        var updated = Samples.Updated(expense);
        await Expenses.UpdateAsync(expense, 1, updated, Token);
        var refusedUpdate = Samples.Updated(expense);
        await Expenses.UpdateAsync(expense, 1, refusedUpdate, Token);
        var refusedDelete = Samples.Deleted(expense);
        await Expenses.DeleteAsync(expense, 1, refusedDelete, Token);
        var deleted = Samples.Deleted(expense);
        await Expenses.DeleteAsync(expense, 2, deleted, Token);

        var outbox = await Store.OutboxMessageIdsAsync(UserId);
        Assert.Equal(new[] { created.Id, updated.Id, deleted.Id }.Order(), outbox.Order());
    }

    [Fact]
    public async Task An_idempotency_key_records_one_expense_per_user_until_it_expires()
    {
        var now = Samples.Now;
        var first = Samples.Expense(UserId, 10m);
        var retry = Samples.Expense(UserId, 10m);
        var otherUser = StoreUnderTest.NewUserId();
        var otherUsersExpense = Samples.Expense(otherUser, 10m);

        Assert.True(await Expenses.AddAsync(first, Samples.Created(first), Record(UserId, "key-1", now), Token));
        Assert.False(await Expenses.AddAsync(retry, Samples.Created(retry), Record(UserId, "key-1", now), Token));
        Assert.True(await Expenses.AddAsync(otherUsersExpense, Samples.Created(otherUsersExpense), Record(otherUser, "key-1", now), Token));

        Assert.Null(await Expenses.FindAsync(UserId, retry.Id, Token));
        Assert.Single(await Store.OutboxMessageIdsAsync(UserId));
        Assert.Equal("body of key-1", (await Store.Port<IIdempotencyStore>().FindAsync(UserId, "key-1", now.AddMinutes(-1), Token))?.ResponseBody);
    }

    [Fact]
    public async Task An_expired_idempotency_record_gives_way_to_a_new_one()
    {
        var now = Samples.Now;
        var old = Samples.Expense(UserId, 10m);
        var fresh = Samples.Expense(UserId, 10m);

        Assert.True(await Expenses.AddAsync(old, Samples.Created(old), Record(UserId, "key-2", now - TimeSpan.FromHours(25)), Token));
        Assert.True(await Expenses.AddAsync(fresh, Samples.Created(fresh), Record(UserId, "key-2", now), Token));

        Assert.NotNull(await Expenses.FindAsync(UserId, fresh.Id, Token));
        var record = await Store.Port<IIdempotencyStore>().FindAsync(UserId, "key-2", now - IdempotencyRecord.Lifetime, Token);
        Assert.Equal(Stored(now), Stored(record!.CreatedAt));
    }

    [Fact]
    public async Task The_list_filters_by_dates_category_tag_text_amount_and_currency()
    {
        var groceries = await CategoryAsync("Groceries");
        var books = await CategoryAsync("Books");
        var bakery = await AddAsync(Samples.Expense(UserId, 10m, "EUR", new DateOnly(2026, 3, 1), groceries, "Bakery", "Croissant", ["Breakfast"]));
        var bookshop = await AddAsync(Samples.Expense(UserId, 25.50m, "EUR", new DateOnly(2026, 3, 15), books, "C++ Books", null, ["work", "Gift"]));
        var ramen = await AddAsync(Samples.Expense(UserId, 1200m, "JPY", new DateOnly(2026, 3, 31), null, "Ramen (Tokyo)", "50% off"));
        var diner = await AddAsync(Samples.Expense(UserId, 7.25m, "USD", new DateOnly(2026, 4, 1), groceries, null, null, ["breakfast"]));
        var tea = await AddAsync(Samples.Expense(UserId, 3m, "BHD", new DateOnly(2026, 2, 28), books, null, "Tea"));
        await AddAsync(Samples.Expense(StoreUnderTest.NewUserId(), 10m, "EUR", new DateOnly(2026, 3, 1), null, "Bakery", "Croissant", ["Breakfast"]));

        await AssertListAsync(new ExpenseFilter { From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 31) }, ramen, bookshop, bakery);
        await AssertListAsync(new ExpenseFilter { CategoryId = groceries }, diner, bakery);
        await AssertListAsync(new ExpenseFilter { Tag = "BREAKFAST" }, diner, bakery);
        await AssertListAsync(new ExpenseFilter { Text = "c++" }, bookshop);
        await AssertListAsync(new ExpenseFilter { Text = "50%" }, ramen);
        await AssertListAsync(new ExpenseFilter { Text = "(TOKYO)" }, ramen);
        await AssertListAsync(new ExpenseFilter { Text = "croissant" }, bakery);
        await AssertListAsync(new ExpenseFilter { Text = "." });
        await AssertListAsync(new ExpenseFilter { MinAmount = 7.25m }, diner, ramen, bookshop, bakery);
        await AssertListAsync(new ExpenseFilter { MaxAmount = 10m }, diner, bakery, tea);
        await AssertListAsync(new ExpenseFilter { MinAmount = 7.25m, MaxAmount = 25.5m }, diner, bookshop, bakery);
        await AssertListAsync(new ExpenseFilter { Currency = "EUR" }, bookshop, bakery);
        await AssertListAsync(new ExpenseFilter { From = new DateOnly(2026, 3, 1), CategoryId = books, Tag = "gift" }, bookshop);
    }

    [Fact]
    public async Task The_list_sorts_by_date_or_amount_and_pages_with_a_total()
    {
        var tea = await AddAsync(Samples.Expense(UserId, 3m, "BHD", new DateOnly(2026, 2, 28)));
        var bakery = await AddAsync(Samples.Expense(UserId, 10m, "EUR", new DateOnly(2026, 3, 1)));
        var bookshop = await AddAsync(Samples.Expense(UserId, 25.50m, "EUR", new DateOnly(2026, 3, 15)));
        var ramen = await AddAsync(Samples.Expense(UserId, 1200m, "JPY", new DateOnly(2026, 3, 31)));
        var diner = await AddAsync(Samples.Expense(UserId, 7.25m, "USD", new DateOnly(2026, 4, 1)));

        await AssertListAsync(ExpenseFilter.None, diner, ramen, bookshop, bakery, tea);
        await AssertListAsync(ExpenseFilter.None, ExpenseSort.DateAscending, tea, bakery, bookshop, ramen, diner);
        await AssertListAsync(ExpenseFilter.None, ExpenseSort.AmountAscending, tea, diner, bakery, bookshop, ramen);
        await AssertListAsync(ExpenseFilter.None, ExpenseSort.AmountDescending, ramen, bookshop, bakery, diner, tea);

        var secondPage = await Expenses.ListAsync(UserId, ExpenseFilter.None, ExpenseSort.DateDescending, new PageRequest(2, 2), Token);
        Assert.Equal([bookshop.Id, bakery.Id], secondPage.Items.Select(item => item.Id));
        Assert.Equal(5, secondPage.TotalCount);

        var filteredPage = await Expenses.ListAsync(UserId, new ExpenseFilter { Currency = "EUR" }, ExpenseSort.AmountAscending, new PageRequest(1, 1), Token);
        Assert.Equal([bakery.Id], filteredPage.Items.Select(item => item.Id));
        Assert.Equal(2, filteredPage.TotalCount);
    }

    private static ExpenseDetails Details(decimal amount, string? merchant) =>
        new(Money.Of(amount, Currency.Of("EUR")), null, merchant, null, null, null);

    private static IdempotencyRecord Record(string userId, string key, DateTimeOffset createdAt) =>
        new(userId, key, "hash", 201, $"body of {key}", createdAt);

    private async Task<Expense> AddAsync(Expense expense)
    {
        Assert.True(await Expenses.AddAsync(expense, Samples.Created(expense), null, Token));
        return expense;
    }

    private Task AssertListAsync(ExpenseFilter filter, params Expense[] expected) =>
        AssertListAsync(filter, ExpenseSort.DateDescending, expected);

    private async Task AssertListAsync(ExpenseFilter filter, ExpenseSort sort, params Expense[] expected)
    {
        var page = await Expenses.ListAsync(UserId, filter, sort, new PageRequest(1, PageRequest.MaxPageSize), Token);
        Assert.Equal(expected.Select(expense => expense.Id), page.Items.Select(expense => expense.Id));
        Assert.Equal(expected.Length, page.TotalCount);
    }
}
