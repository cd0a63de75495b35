namespace ExpenseTracker.Blobs.Tests.Infrastructure;

/// <summary>A signed-in client and the user id the API knows it by (a local token's subject is the user name).</summary>
public sealed record TestUser(HttpClient Client, string UserId)
{
    public static async Task<TestUser> NewAsync(ApiHost api, string prefix)
    {
        var userId = UserNames.New(prefix);
        return new TestUser(await api.SignedInClientAsync(userId), userId);
    }
}
