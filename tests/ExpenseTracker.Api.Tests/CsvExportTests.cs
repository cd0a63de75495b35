using System.Net;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Api.Tests;

public sealed class CsvExportTests(SharedApi api)
{
    [Fact]
    public async Task An_export_lists_the_filtered_expenses_oldest_first_with_each_currencys_decimals()
    {
        var client = await api.NewUserClientAsync();
        var food = await client.CategoryAsync("Food");
        await client.CreateExpenseAsync(Expenses.Request(12.5m, "EUR", new DateOnly(2026, 3, 2), food.Id, "Bakery", "a, \"b\"\nc", ["x", "y"]));
        await client.CreateExpenseAsync(Expenses.Request(1200m, "JPY", new DateOnly(2026, 3, 1), merchant: "Ramen"));
        await client.CreateExpenseAsync(Expenses.Request(1.5m, "BHD", new DateOnly(2026, 3, 3), merchant: null));
        await client.CreateExpenseAsync(Expenses.Request(5m, "EUR", new DateOnly(2026, 4, 1), merchant: "Later"));

        var march = await client.ExportCsvAsync("?from=2026-03-01&to=2026-03-31&sort=-amount&pageSize=1");

        Assert.Equal(
            "date,amount,currency,category,merchant,note,tags\r\n" +
            "2026-03-01,1200,JPY,,Ramen,,\r\n" +
            "2026-03-02,12.50,EUR,Food,Bakery,\"a, \"\"b\"\"\nc\",x|y\r\n" +
            "2026-03-03,1.500,BHD,,,,\r\n",
            march);
        Assert.Equal(3, (await client.ExportCsvAsync("?currency=EUR")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Bakery", await client.ExportCsvAsync($"?categoryId={food.Id}&tag=X"));
        Assert.Equal(2, (await client.ExportCsvAsync("?q=later")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task An_export_imports_back_unchanged()
    {
        var alice = await api.NewUserClientAsync("alice");
        var hobbies = await (await alice.PostJsonAsync("/api/v1/categories", new CategoryRequest("Hobbies"))).ReadAsync<CategoryResponse>(HttpStatusCode.Created);
        var food = await alice.CategoryAsync("Food");
        await alice.CreateExpenseAsync(Expenses.Request(19.99m, "EUR", new DateOnly(2026, 5, 1), hobbies.Id, "Model shop; \"Bits\"", "Glue,\npaint\r\nand brushes", ["craft", "weekend"]));
        await alice.CreateExpenseAsync(Expenses.Request(3000m, "JPY", new DateOnly(2026, 5, 1), food.Id, " Sushi ", null));
        await alice.CreateExpenseAsync(Expenses.Request(0.125m, "KWD", new DateOnly(2026, 4, 30), null, null, "\"quoted\"", ["a"]));
        await alice.CreateExpenseAsync(Expenses.Request(7m, "USD", new DateOnly(2026, 5, 2), food.Id, "Café", "Ünïcödé ✓", ["x", "y", "z"]));
        var exported = await alice.ExportCsvAsync();

        var bob = await api.NewUserClientAsync("bob");
        var imported = await bob.ImportCsvAsync(exported);

        Assert.Equal(new ImportResponse(4, 0, []), imported with { Errors = [] });
        Assert.Empty(imported.Errors);
        Assert.Equal(exported, await bob.ExportCsvAsync());
        Assert.Equal((0, 4), ((await alice.ImportCsvAsync(exported)).Imported, (await alice.ImportCsvAsync(exported)).Duplicates));
    }

    [Fact]
    public async Task Export_filters_that_cannot_be_understood_answer_400()
    {
        var client = await api.NewUserClientAsync();

        await (await client.GetAsync("/api/v1/expenses/export?from=yesterday")).AssertFieldErrorAsync("from");
        await (await client.GetAsync("/api/v1/expenses/export?currency=EURO")).AssertFieldErrorAsync("currency");
    }
}
