using System.Net;
using System.Net.Http.Json;
using System.Text;
using ExpenseTracker.Api.Tests.Infrastructure;

namespace ExpenseTracker.Api.Tests;

/// <summary>Bad input answers 400 problem details naming the field, and stores nothing.</summary>
public sealed class ExpenseValidationTests(SharedApi api)
{
    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"amount":-5,"currency":"EUR","date":"2026-11-01"}""", "amount" },
        { """{"amount":0,"currency":"EUR","date":"2026-11-01"}""", "amount" },
        { """{"amount":1.234,"currency":"EUR","date":"2026-11-01"}""", "amount" },
        { """{"amount":100.5,"currency":"JPY","date":"2026-11-01"}""", "amount" },
        { """{"amount":1000000000000.01,"currency":"USD","date":"2026-11-01"}""", "amount" },
        { """{"currency":"EUR","date":"2026-11-01"}""", "amount" },
        { """{"amount":5,"currency":"EURO","date":"2026-11-01"}""", "currency" },
        { """{"amount":5,"currency":"XYZ","date":"2026-11-01"}""", "currency" },
        { """{"amount":5,"date":"2026-11-01"}""", "currency" },
        { """{"amount":5,"currency":"EUR"}""", "date" },
        { """{"amount":5,"currency":"EUR","date":"1969-12-31"}""", "date" },
        { """{"amount":5,"currency":"EUR","date":"2099-01-01"}""", "date" },
        { """{"amount":5,"currency":"EUR","date":"2026-11-01","merchant":"MERCHANT"}""".Replace("MERCHANT", new string('m', 201), StringComparison.Ordinal), "merchant" },
        { """{"amount":5,"currency":"EUR","date":"2026-11-01","note":"NOTE"}""".Replace("NOTE", new string('n', 2001), StringComparison.Ordinal), "note" },
        { """{"amount":5,"currency":"EUR","date":"2026-11-01","tags":["TAG"]}""".Replace("TAG", new string('t', 51), StringComparison.Ordinal), "tags" },
        { """{"amount":5,"currency":"EUR","date":"2026-11-01","tags":[TAGS]}""".Replace("TAGS", string.Join(',', Enumerable.Range(1, 21).Select(i => $"\"t{i}\"")), StringComparison.Ordinal), "tags" },
        { """{"amount":5,"currency":"EUR","date":"2026-11-01","categoryId":"0193a000-0000-7000-8000-000000000000"}""", "categoryId" },
        { """{"amount":"12.50","currency":"EUR","date":"2026-11-01"}""", "amount" },
        { """{"amount":true,"currency":"EUR","date":"2026-11-01"}""", "amount" },
        { """{"amount":5,"currency":"EUR","date":"01/11/2026"}""", "date" },
        { """{"amount":5,"currency":"EUR","date":"2026-11-01","tags":"food"}""", "tags" },
        { """{"amount":5,"currency":"EUR","date":"2026-11-01","categoryId":42}""", "categoryId" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_expenses_answer_400_and_store_nothing(string body, string field)
    {
        var client = await api.NewUserClientAsync();

        var response = await client.PostAsync("/api/v1/expenses", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertFieldErrorAsync(field);
        Assert.Equal(0, await client.CountExpensesAsync());
    }

    [Theory]
    [InlineData("{\"amount\":5,")]
    [InlineData("not json at all")]
    [InlineData("")]
    public async Task Malformed_json_answers_400_and_stores_nothing(string body)
    {
        var client = await api.NewUserClientAsync();

        var response = await client.PostAsync("/api/v1/expenses", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await client.CountExpensesAsync());
    }

    [Fact]
    public async Task Every_broken_field_is_reported_at_once()
    {
        var client = await api.NewUserClientAsync();

        var response = await client.PostAsync("/api/v1/expenses",
            new StringContent("""{"amount":-1,"currency":"NOPE"}""", Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(property => property.Name).Order();
        Assert.Equal(["amount", "currency", "date"], fields);
    }

    [Fact]
    public async Task An_invalid_replacement_answers_400_and_keeps_the_expense()
    {
        var client = await api.NewUserClientAsync();
        var expense = await client.CreateExpenseAsync(7m);

        var response = await client.PutAsJsonAsync($"/api/v1/expenses/{expense.Id}", Expenses.Request(7.001m));

        await response.AssertFieldErrorAsync("amount");
        Assert.Equal(7m, (await client.GetFromJsonAsync<Contracts.ExpenseResponse>($"/api/v1/expenses/{expense.Id}"))!.Amount);
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_415()
    {
        var client = await api.NewUserClientAsync();

        var response = await client.PostAsync("/api/v1/expenses", new StringContent("amount=5", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await client.CountExpensesAsync());
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413()
    {
        var client = await api.NewUserClientAsync();
        var huge = $$"""{"amount":5,"currency":"EUR","date":"2026-11-01","note":"{{new string('x', 2 * 1024 * 1024)}}"}""";

        // As a careful client sends a large body: the server refuses it before a byte of it crosses the wire.
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/expenses") { Content = new StringContent(huge, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await client.CountExpensesAsync());
    }
}
