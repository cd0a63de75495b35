using System.Net.Http.Headers;
using System.Net.Http.Json;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Testing;

/// <summary>Signing in through the API's local token endpoint (standalone mode, no Entra ID configured).</summary>
public static class DevTokens
{
    public const string Endpoint = "/api/v1/dev/token";

    /// <summary>A bearer token for <paramref name="user"/>, asked of the API <paramref name="client"/> talks to.</summary>
    public static async Task<string> IssueAsync(HttpClient client, string user)
    {
        using var response = await client.PostAsJsonAsync(Endpoint, new DevTokenRequest(user));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DevTokenResponse>())!.AccessToken;
    }

    /// <summary>From now on every request of <paramref name="client"/> carries a token for <paramref name="user"/>; answers the token.</summary>
    public static async Task<string> SignInAsAsync(this HttpClient client, string user)
    {
        var token = await IssueAsync(client, user);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return token;
    }
}
