using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ExpenseTracker.Api.Tests;

public sealed class IdentityTests(SharedApi api)
{
    [Fact]
    public async Task The_local_token_endpoint_answers_a_bearer_token_for_an_hour()
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/v1/dev/token", new { user = "alice" });

        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"access_token\":", json);
        Assert.Contains("\"token_type\":\"Bearer\"", json);
        Assert.Contains("\"expires_in\":3600", json);
    }

    [Theory]
    [InlineData("""{"user":""}""")]
    [InlineData("""{"user":"has space"}""")]
    [InlineData("""{}""")]
    public async Task The_local_token_endpoint_refuses_unusable_names(string body) =>
        await (await api.CreateClient().PostAsync("/api/v1/dev/token", new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .AssertFieldErrorAsync("user");

    [Fact]
    public async Task No_token_answers_401() =>
        await (await api.CreateClient().GetAsync("/api/v1/expenses")).AssertProblemAsync(HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData("issuer")]
    [InlineData("audience")]
    [InlineData("signature")]
    [InlineData("expiry")]
    [InlineData("garbage")]
    public async Task A_token_with_a_wrong_issuer_audience_signature_or_expiry_answers_401(string flaw)
    {
        var key = LocalSigningKey.LoadOrCreate(api.DataDirectory);
        var token = flaw switch
        {
            "issuer" => Token(key, issuer: "someone-else"),
            "audience" => Token(key, audience: "another-api"),
            "signature" => Token(new SymmetricSecurityKey(new byte[32])),
            "expiry" => Token(key, expires: DateTime.UtcNow.AddMinutes(-5)),
            _ => "not.a.token",
        };
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await (await client.GetAsync("/api/v1/expenses")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_correctly_made_token_is_accepted()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(LocalSigningKey.LoadOrCreate(api.DataDirectory)));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/expenses")).StatusCode);
    }

    [Fact]
    public async Task With_entra_id_configured_local_tokens_and_the_token_endpoint_are_gone()
    {
        await using var entra = new ApiHost(new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111",
            ["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222",
        });
        var localToken = Token(LocalSigningKey.LoadOrCreate(api.DataDirectory));
        var client = entra.CreateClient();

        var tokenEndpoint = await client.PostAsJsonAsync("/api/v1/dev/token", new DevTokenRequest("alice"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", localToken);
        var withLocalToken = await client.GetAsync("/api/v1/expenses");

        Assert.Equal(HttpStatusCode.NotFound, tokenEndpoint.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withLocalToken.StatusCode);
    }

    private static string Token(SecurityKey key, string issuer = LocalIdentityOptions.Issuer, string audience = LocalIdentityOptions.Audience, DateTime? expires = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", $"token-test-{Guid.NewGuid():N}")]),
            IssuedAt = expiry.AddMinutes(-20),
            NotBefore = expiry.AddMinutes(-20),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
