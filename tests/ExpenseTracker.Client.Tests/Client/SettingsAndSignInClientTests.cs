using ExpenseTracker.Client.Api;
using ExpenseTracker.Client.Authentication;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace ExpenseTracker.Client.Tests.Client;

public sealed class SettingsAndSignInClientTests(SharedApi api)
{
    [Fact]
    public async Task Settings_start_at_the_defaults_and_can_be_changed()
    {
        await using var client = ClientScope.SignedIn(api);

        var defaults = await client.Api.Settings.GetAsync();
        var saved = await client.Api.Settings.SaveAsync(new SettingsRequest("EUR", "fr-FR"));

        Assert.Equal(new SettingsResponse("USD", "en-US"), defaults);
        Assert.Equal(new SettingsResponse("EUR", "fr-FR"), saved);
        Assert.Equal(saved, await client.Api.Settings.GetAsync());
    }

    [Fact]
    public async Task The_dev_token_endpoint_signs_a_user_in_and_a_static_token_works_like_it()
    {
        var user = UserNames.New();
        DevTokenResponse token;
        await using (var anonymous = ClientScope.Create(api.Address))
        {
            token = await anonymous.Api.DevToken.IssueAsync(new DevTokenRequest(user));
        }

        await using var client = ClientScope.Create(api.Address, builder => builder.WithAccessToken(token.AccessToken));
        await client.Api.CreateExpenseAsync(Expenses.Request());

        Assert.Equal("Bearer", token.TokenType);
        Assert.Equal(3600, token.ExpiresIn);
        Assert.Equal(1, (await client.Api.Expenses.ListAsync()).TotalCount);
    }

    [Fact]
    public async Task The_local_dev_token_provider_keeps_its_token_and_signs_in_again_a_minute_before_it_expires()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var endpoint = new CountingDevTokenApi();
        var provider = new LocalDevTokenProvider(() => endpoint, "alice", time);

        var first = await provider.GetAccessTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(58));
        var stillFirst = await provider.GetAccessTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        var renewed = await provider.GetAccessTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", stillFirst);
        Assert.Equal("token-2", renewed);
        Assert.Equal(["alice", "alice"], endpoint.Users);
    }

    private sealed class CountingDevTokenApi : IDevTokenApi
    {
        public List<string?> Users { get; } = [];

        public Task<DevTokenResponse> IssueAsync(DevTokenRequest request, CancellationToken cancellationToken = default)
        {
            Users.Add(request.User);
            return Task.FromResult(new DevTokenResponse($"token-{Users.Count}", "Bearer", 3600));
        }
    }
}
