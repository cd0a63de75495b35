using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Api.Tests;

public sealed class IdempotencyTests(SharedApi api)
{
    [Fact]
    public async Task A_repeated_key_with_the_same_body_answers_the_first_result_and_creates_nothing()
    {
        var client = await api.NewUserClientAsync();
        var key = Guid.NewGuid().ToString();

        var first = await client.SendAsync(Post(Expenses.Request(9.99m), key));
        var second = await client.SendAsync(Post(Expenses.Request(9.99m), key));

        var original = await first.ReadAsync<ExpenseResponse>(HttpStatusCode.Created);
        var replay = await second.ReadAsync<ExpenseResponse>(HttpStatusCode.Created);
        Assert.Equal(original, replay with { Tags = original.Tags, Receipts = original.Receipts });
        Assert.Equal(original.Tags, replay.Tags);
        Assert.Equal(original.Receipts, replay.Receipts);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await client.CountExpensesAsync());
    }

    [Fact]
    public async Task The_same_key_with_another_body_answers_422_and_creates_nothing()
    {
        var client = await api.NewUserClientAsync();
        var key = Guid.NewGuid().ToString();
        (await client.SendAsync(Post(Expenses.Request(9.99m), key))).EnsureSuccessStatusCode();

        var response = await client.SendAsync(Post(Expenses.Request(10.99m), key));

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await client.CountExpensesAsync());
    }

    [Fact]
    public async Task Ten_concurrent_posts_with_one_key_create_exactly_one_expense()
    {
        var client = await api.NewUserClientAsync();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.SendAsync(Post(Expenses.Request(42m), key))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async response => (await response.Content.ReadFromJsonAsync<ExpenseResponse>())!.Id));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await client.CountExpensesAsync());
    }

    [Fact]
    public async Task A_failed_first_attempt_is_not_kept_so_the_key_can_be_retried()
    {
        var client = await api.NewUserClientAsync();
        var key = Guid.NewGuid().ToString();

        var invalid = await client.SendAsync(Post(Expenses.Request(-1m), key));
        var retried = await client.SendAsync(Post(Expenses.Request(1m), key));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(1, await client.CountExpensesAsync());
    }

    [Fact]
    public async Task Keys_belong_to_one_user()
    {
        var alice = await api.NewUserClientAsync("alice");
        var bob = await api.NewUserClientAsync("bob");
        var key = Guid.NewGuid().ToString();

        var fromAlice = await (await alice.SendAsync(Post(Expenses.Request(5m), key))).ReadAsync<ExpenseResponse>(HttpStatusCode.Created);
        var fromBob = await (await bob.SendAsync(Post(Expenses.Request(5m), key))).ReadAsync<ExpenseResponse>(HttpStatusCode.Created);

        Assert.NotEqual(fromAlice.Id, fromBob.Id);
        Assert.Equal(1, await bob.CountExpensesAsync());
    }

    [Fact]
    public async Task An_overlong_key_answers_400()
    {
        var client = await api.NewUserClientAsync();

        var response = await client.SendAsync(Post(Expenses.Request(5m), new string('k', 256)));

        await response.AssertFieldErrorAsync("Idempotency-Key");
        Assert.Equal(0, await client.CountExpensesAsync());
    }

    private static HttpRequestMessage Post(ExpenseRequest body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/expenses") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}
