using System.Net;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Tests.Client;

/// <summary>How <c>AddExpenseTrackerClient</c> wires the HttpClients: service discovery, tokens, retries.</summary>
public sealed class RegistrationTests(SharedApi api)
{
    [Fact]
    public async Task The_default_address_is_the_api_service_resolved_through_service_discovery()
    {
        var configuration = new Dictionary<string, string?> { ["Services:api:http:0"] = api.Address.ToString() };
        await using var client = ClientScope.Create(
            ExpenseTrackerClientOptions.DefaultBaseAddress,
            builder => builder.WithLocalDevToken(UserNames.New()),
            configuration);

        var settings = await client.Api.Settings.GetAsync();

        Assert.Equal("https+http://api/", ExpenseTrackerClientOptions.DefaultBaseAddress.ToString());
        Assert.Equal("USD", settings.DefaultCurrency);
    }

    [Fact]
    public async Task Every_call_carries_the_providers_bearer_token_but_signing_in_does_not()
    {
        var handler = new RecordingHandler()
            .ThenAnswer(HttpStatusCode.OK, """{"access_token":"t","token_type":"Bearer","expires_in":3600}""")
            .ThenAnswer(HttpStatusCode.OK, "[]");
        await using var client = FakeApi.Create(handler);

        await client.Api.DevToken.IssueAsync(new DevTokenRequest("alice"));
        await client.Api.Budgets.ListAsync();

        Assert.False(handler.Requests[0].Headers.ContainsKey("Authorization"));
        Assert.Equal($"Bearer {FakeApi.Token}", handler.Requests[1].Headers["Authorization"]);
    }

    [Fact]
    public async Task A_transient_failure_of_a_read_is_retried()
    {
        var handler = new RecordingHandler()
            .ThenAnswer(HttpStatusCode.ServiceUnavailable)
            .ThenAnswer(HttpStatusCode.OK, """{"defaultCurrency":"EUR","locale":"de-DE"}""");
        await using var client = FakeApi.Create(handler);

        var settings = await client.Api.Settings.GetAsync();

        Assert.Equal("EUR", settings.DefaultCurrency);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_post_without_an_idempotency_key_is_never_repeated_so_nothing_is_recorded_twice()
    {
        var handler = new RecordingHandler().ThenAnswer(HttpStatusCode.ServiceUnavailable);
        await using var client = FakeApi.Create(handler);

        var failure = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.Categories.CreateAsync(new CategoryRequest("Pets")));

        Assert.Equal(503, failure.Status);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_post_with_an_idempotency_key_is_retried_with_the_same_key()
    {
        var created = """{"id":"0b5c6b8e-7c1a-4d36-9a38-4a8f3c1e2d10","amount":1.00,"currency":"EUR","date":"2026-11-25","categoryId":null,"merchant":null,"note":null,"tags":[],"paymentMethod":null,"version":1,"createdAt":"2026-11-25T10:00:00Z","updatedAt":"2026-11-25T10:00:00Z"}""";
        var handler = new RecordingHandler()
            .ThenAnswer(HttpStatusCode.ServiceUnavailable)
            .ThenAnswer(HttpStatusCode.Created, created, headers: response => response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        await using var client = FakeApi.Create(handler);

        var (expense, tag) = await client.Api.Expenses.CreateAsync(Expenses.Request(1m), "key-1").WithETagAsync();

        Assert.Equal(1.00m, expense.Amount);
        Assert.Equal("\"1\"", tag);
        Assert.Equal(["key-1", "key-1"], handler.Requests.Select(request => request.Headers["Idempotency-Key"]));
        Assert.Equal(handler.Requests[0].BodyText, handler.Requests[1].BodyText);
    }
}
