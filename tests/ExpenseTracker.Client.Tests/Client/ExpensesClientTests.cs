using System.Globalization;
using System.Net;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Tests.Client;

public sealed class ExpensesClientTests(SharedApi api)
{
    [Fact]
    public async Task A_created_expense_comes_back_with_its_etag_and_reads_back_the_same()
    {
        await using var client = ClientScope.SignedIn(api);
        var food = await client.Api.CategoryAsync("Food");

        var (created, createdTag) = await client.Api.Expenses
            .CreateAsync(new ExpenseRequest(4.20m, "EUR", new DateOnly(2026, 11, 20), food.Id, "Café du Coin", "Croissant", ["breakfast", "work"], "card"))
            .WithETagAsync();
        var (read, readTag) = await client.Api.Expenses.GetAsync(created.Id).WithETagAsync();

        Assert.Equal("\"1\"", createdTag);
        Assert.Equal(createdTag, readTag);
        Assert.Equal(4.20m, read.Amount);
        Assert.Equal("4.20", read.Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(new DateOnly(2026, 11, 20), read.Date);
        Assert.Equal(food.Id, read.CategoryId);
        Assert.Equal("Café du Coin", read.Merchant);
        Assert.Equal(["breakfast", "work"], read.Tags);
        Assert.Equal("card", read.PaymentMethod);
    }

    [Fact]
    public async Task The_list_filters_sorts_and_pages_as_asked()
    {
        await using var client = ClientScope.SignedIn(api);
        var food = await client.Api.CategoryAsync("Food");
        var transport = await client.Api.CategoryAsync("Transport");
        await client.Api.CreateExpenseAsync(Expenses.Request(5m, date: new DateOnly(2026, 10, 1), categoryId: food.Id, merchant: "Corner Bakery", tags: ["Breakfast"]));
        await client.Api.CreateExpenseAsync(Expenses.Request(30m, date: new DateOnly(2026, 10, 15), categoryId: food.Id, merchant: "Grill House"));
        await client.Api.CreateExpenseAsync(Expenses.Request(2.80m, date: new DateOnly(2026, 11, 2), categoryId: transport.Id, merchant: "Metro"));
        await client.Api.CreateExpenseAsync(Expenses.Request(900m, "JPY", new DateOnly(2026, 11, 3), merchant: "Ramen bar"));

        var october = await client.Api.Expenses.ListAsync(new ExpenseQuery { From = "2026-10-01", To = "2026-10-31" });
        var foodByAmount = await client.Api.Expenses.ListAsync(new ExpenseQuery { CategoryId = food.Id.ToString(), Sort = "-amount" });
        var bakery = await client.Api.Expenses.ListAsync(new ExpenseQuery { Q = "bakery", Tag = "breakfast" });
        var mid = await client.Api.Expenses.ListAsync(new ExpenseQuery { MinAmount = "3", MaxAmount = "31", Currency = "EUR", Sort = "amount" });
        var second = await client.Api.Expenses.ListAsync(new ExpenseQuery { Sort = "date", Page = "2", PageSize = "1" });

        Assert.Equal(2, october.TotalCount);
        Assert.Equal(["Grill House", "Corner Bakery"], foodByAmount.Items.Select(expense => expense.Merchant));
        Assert.Equal("Corner Bakery", Assert.Single(bakery.Items).Merchant);
        Assert.Equal([5m, 30m], mid.Items.Select(expense => expense.Amount));
        Assert.Equal(4, second.TotalCount);
        Assert.Equal(2, second.Page);
        Assert.Equal("Grill House", Assert.Single(second.Items).Merchant);
    }

    [Fact]
    public async Task Replacing_with_the_current_etag_works_and_with_a_stale_one_answers_412_and_changes_nothing()
    {
        await using var client = ClientScope.SignedIn(api);
        var (expense, firstTag) = await client.Api.Expenses.CreateAsync(Expenses.Request(10m)).WithETagAsync();

        var (replaced, secondTag) = await client.Api.Expenses.ReplaceAsync(expense.Id, Expenses.Request(11m, "USD", merchant: "Bookshop"), firstTag).WithETagAsync();
        var stale = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() =>
            client.Api.Expenses.ReplaceAsync(expense.Id, Expenses.Request(99m), firstTag).WithETagAsync());

        Assert.Equal("\"2\"", secondTag);
        Assert.Equal(11m, replaced.Amount);
        Assert.Equal(412, stale.Status);
        Assert.Equal(11m, (await client.Api.Expenses.GetAsync(expense.Id).WithETagAsync()).Value.Amount);
    }

    [Fact]
    public async Task A_deleted_expense_is_gone()
    {
        await using var client = ClientScope.SignedIn(api);
        var (expense, tag) = await client.Api.Expenses.CreateAsync(Expenses.Request()).WithETagAsync();

        await client.Api.Expenses.DeleteAsync(expense.Id, tag);

        var gone = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.Expenses.GetAsync(expense.Id).WithETagAsync());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(0, (await client.Api.Expenses.ListAsync()).TotalCount);
    }

    [Fact]
    public async Task The_same_idempotency_key_records_once_and_with_another_body_answers_422()
    {
        await using var client = ClientScope.SignedIn(api);
        var key = Guid.NewGuid().ToString();

        var first = await client.Api.Expenses.CreateAsync(Expenses.Request(9.99m), key).WithETagAsync();
        var replay = await client.Api.Expenses.CreateAsync(Expenses.Request(9.99m), key).WithETagAsync();
        var misuse = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.Expenses.CreateAsync(Expenses.Request(10.99m), key).WithETagAsync());

        Assert.Equal(first.Value.Id, replay.Value.Id);
        Assert.Equal(422, misuse.Status);
        Assert.Equal(1, (await client.Api.Expenses.ListAsync()).TotalCount);
    }
}
