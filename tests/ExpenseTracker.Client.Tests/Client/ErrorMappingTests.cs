using System.Net;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Tests.Client;

/// <summary>Every refusal of the API arrives as an <see cref="ExpenseTrackerApiException"/> that says what and why.</summary>
public sealed class ErrorMappingTests(SharedApi api)
{
    [Fact]
    public async Task Invalid_input_answers_400_with_the_fields_at_fault_and_a_trace_id()
    {
        await using var client = ClientScope.SignedIn(api);

        var invalid = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() =>
            client.Api.Expenses.CreateAsync(Expenses.Request(3.333m, "EUR")).WithETagAsync());

        Assert.Equal(400, invalid.Status);
        Assert.False(string.IsNullOrWhiteSpace(invalid.Title));
        Assert.Contains("amount", invalid.FieldErrors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.NotEmpty(invalid.FieldErrors["amount"]);
        Assert.False(string.IsNullOrWhiteSpace(invalid.TraceId));
        Assert.Contains("amount", invalid.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, (await client.Api.Expenses.ListAsync()).TotalCount);
    }

    [Fact]
    public async Task An_unknown_category_is_a_field_error()
    {
        await using var client = ClientScope.SignedIn(api);

        var invalid = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() =>
            client.Api.Expenses.CreateAsync(Expenses.Request(categoryId: Guid.NewGuid())).WithETagAsync());

        Assert.Equal(400, invalid.Status);
        Assert.Contains("categoryId", invalid.FieldErrors.Keys, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Another_users_expense_answers_404()
    {
        await using var alice = ClientScope.SignedIn(api);
        await using var bob = ClientScope.SignedIn(api);
        var expense = await alice.Api.CreateExpenseAsync(Expenses.Request());

        var notFound = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => bob.Api.Expenses.DeleteAsync(expense.Id));

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(1, (await alice.Api.Expenses.ListAsync()).TotalCount);
    }

    [Fact]
    public async Task A_duplicate_category_name_answers_409()
    {
        await using var client = ClientScope.SignedIn(api);

        var conflict = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.Categories.CreateAsync(new CategoryRequest("food")));

        Assert.Equal(409, conflict.Status);
        Assert.False(string.IsNullOrWhiteSpace(conflict.Title));
    }

    [Fact]
    public async Task A_stale_if_match_answers_412_on_delete_too()
    {
        await using var client = ClientScope.SignedIn(api);
        var (expense, tag) = await client.Api.Expenses.CreateAsync(Expenses.Request()).WithETagAsync();
        await client.Api.Expenses.ReplaceAsync(expense.Id, Expenses.Request(20m), tag).WithETagAsync();

        var stale = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.Expenses.DeleteAsync(expense.Id, tag));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(1, (await client.Api.Expenses.ListAsync()).TotalCount);
    }

    [Fact]
    public async Task A_reused_idempotency_key_with_another_body_answers_422()
    {
        await using var client = ClientScope.SignedIn(api);
        var key = Guid.NewGuid().ToString();
        await client.Api.Expenses.CreateAsync(Expenses.Request(1m), key).WithETagAsync();

        var misuse = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.Expenses.CreateAsync(Expenses.Request(2m), key).WithETagAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, misuse.StatusCode);
    }

    [Fact]
    public async Task A_bad_token_answers_401_and_the_exception_does_not_keep_the_token()
    {
        await using var client = ClientScope.Create(api.Address, builder => builder.WithAccessToken("not-a-real-token"));

        var unauthorized = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.Categories.ListAsync());

        Assert.Equal(401, unauthorized.Status);
        Assert.Null(unauthorized.RequestMessage.Headers.Authorization);
        Assert.DoesNotContain("not-a-real-token", unauthorized.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_is_not_problem_details_still_becomes_a_typed_exception()
    {
        var handler = new RecordingHandler()
            .ThenAnswer(HttpStatusCode.BadGateway, "<html>upstream down</html>", "text/html");
        await using var client = FakeApi.Create(handler, options => options.MaxRetryAttempts = 0);

        var failure = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.Settings.GetAsync());

        Assert.Equal(502, failure.Status);
        Assert.Equal("Bad Gateway", failure.Title);
        Assert.Empty(failure.FieldErrors);
        Assert.Null(failure.TraceId);
    }

    [Fact]
    public async Task A_rate_limited_answer_says_how_long_to_wait()
    {
        var handler = new RecordingHandler().ThenAnswer(
            HttpStatusCode.TooManyRequests,
            """{"title":"Too many requests.","status":429,"detail":"Slow down: try again in 3 s.","traceId":"0af7651916cd43dd8448eb211c80319c"}""",
            "application/problem+json",
            response => response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));
        await using var client = FakeApi.Create(handler, options => options.MaxRetryAttempts = 0);

        var limited = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.Budgets.ListAsync());

        Assert.Equal(429, limited.Status);
        Assert.Equal("Too many requests.", limited.Title);
        Assert.Equal("Slow down: try again in 3 s.", limited.Detail);
        Assert.Equal("0af7651916cd43dd8448eb211c80319c", limited.TraceId);
        Assert.Equal(TimeSpan.FromSeconds(3), limited.RetryAfter);
    }
}
