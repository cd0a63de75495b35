using System.Net;
using ExpenseTracker.Api.Tests.Infrastructure;

namespace ExpenseTracker.Api.Tests;

public sealed class ExpenseListTests(SharedApi api)
{
    [Fact]
    public async Task The_list_is_newest_first_and_pages_through_every_expense_once()
    {
        var client = await api.NewUserClientAsync();
        for (var day = 1; day <= 7; day++)
        {
            await client.CreateExpenseAsync(day, date: new DateOnly(2026, 10, day));
        }

        var first = await client.ListExpensesAsync("?pageSize=3");
        var second = await client.ListExpensesAsync("?pageSize=3&page=2");
        var third = await client.ListExpensesAsync("?pageSize=3&page=3");

        Assert.Equal(7, first.TotalCount);
        Assert.Equal((1, 3), (first.Page, first.PageSize));
        Assert.Equal(
            [7m, 6m, 5m, 4m, 3m, 2m, 1m],
            first.Items.Concat(second.Items).Concat(third.Items).Select(expense => expense.Amount));
    }

    [Fact]
    public async Task The_default_page_has_fifty_items()
    {
        var client = await api.NewUserClientAsync();

        var page = await client.ListExpensesAsync();

        Assert.Equal((1, 50, 0L), (page.Page, page.PageSize, page.TotalCount));
        Assert.Empty(page.Items);
    }

    [Theory]
    [InlineData("date", new[] { 1, 2, 3 })]
    [InlineData("-date", new[] { 3, 2, 1 })]
    [InlineData("amount", new[] { 2, 3, 1 })]
    [InlineData("-amount", new[] { 1, 3, 2 })]
    public async Task The_list_sorts_by_date_or_amount(string sort, int[] expectedDays)
    {
        var client = await api.NewUserClientAsync();
        await client.CreateExpenseAsync(30m, date: new DateOnly(2026, 10, 1));
        await client.CreateExpenseAsync(10m, date: new DateOnly(2026, 10, 2));
        await client.CreateExpenseAsync(20m, date: new DateOnly(2026, 10, 3));

        var page = await client.ListExpensesAsync($"?sort={sort}");

        Assert.Equal(expectedDays, page.Items.Select(expense => expense.Date.Day));
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_its_count()
    {
        var client = await api.NewUserClientAsync();
        var food = await client.CategoryAsync("Food");
        var travel = await client.CategoryAsync("Travel");
        await client.CreateExpenseAsync(Expenses.Request(5m, "EUR", new DateOnly(2026, 9, 30), food.Id, "Baker Street Bakery", tags: ["Breakfast"]));
        await client.CreateExpenseAsync(Expenses.Request(50m, "EUR", new DateOnly(2026, 10, 5), travel.Id, "Rail", note: "Ticket to the BAKERY fair"));
        await client.CreateExpenseAsync(Expenses.Request(8m, "USD", new DateOnly(2026, 10, 6), food.Id, "Diner", tags: ["breakfast", "work"]));
        await client.CreateExpenseAsync(Expenses.Request(120m, "EUR", new DateOnly(2026, 10, 7), travel.Id, "Hotel"));

        async Task<string[]> Merchants(string query) =>
            (await client.ListExpensesAsync(query)).Items.Select(expense => expense.Merchant!).Order().ToArray();

        Assert.Equal(["Diner", "Hotel", "Rail"], await Merchants("?from=2026-10-01&to=2026-10-31"));
        Assert.Equal(["Baker Street Bakery", "Diner"], await Merchants($"?categoryId={food.Id}"));
        Assert.Equal(["Baker Street Bakery", "Diner"], await Merchants("?tag=BREAKFAST"));
        Assert.Equal(["Baker Street Bakery", "Rail"], await Merchants("?q=bakery"));
        Assert.Equal(["Diner", "Rail"], await Merchants("?minAmount=8&maxAmount=50"));
        Assert.Equal(["Diner"], await Merchants("?currency=USD"));
        Assert.Equal(["Hotel", "Rail"], await Merchants($"?categoryId={travel.Id}&currency=EUR&from=2026-10-01"));
        Assert.Equal(2, (await client.ListExpensesAsync($"?categoryId={travel.Id}&pageSize=1")).TotalCount);
    }

    [Theory]
    [InlineData("?pageSize=201", "pageSize")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?page=0", "page")]
    [InlineData("?page=abc", "page")]
    [InlineData("?from=2026-13-01", "from")]
    [InlineData("?from=2026-11-02&to=2026-11-01", "to")]
    [InlineData("?categoryId=nope", "categoryId")]
    [InlineData("?minAmount=-1", "minAmount")]
    [InlineData("?maxAmount=ten", "maxAmount")]
    [InlineData("?currency=EURO", "currency")]
    [InlineData("?sort=merchant", "sort")]
    public async Task Filters_that_cannot_be_understood_answer_400_naming_the_parameter(string query, string field)
    {
        var client = await api.NewUserClientAsync();

        await (await client.GetAsync($"/api/v1/expenses{query}")).AssertFieldErrorAsync(field);
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_not_an_error()
    {
        var client = await api.NewUserClientAsync();
        await client.CreateExpenseAsync();

        var page = await client.ListExpensesAsync("?page=5");

        Assert.Empty(page.Items);
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/expenses?page=5")).StatusCode);
    }
}
