using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ExpenseTracker.Api.Tests;

/// <summary>Accepted bearer tokens are remembered briefly: never a refused one, never past expiry, never a shared identity.</summary>
public sealed class ValidatedTokenCacheTests(SharedApi api)
{
    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_token_accepted_once_is_not_checked_again_and_each_request_gets_an_identity_of_its_own()
    {
        var (handler, checks) = CachedHandler();
        var token = Token(expires: _time.GetUtcNow().AddMinutes(10));

        var first = await handler.ValidateTokenAsync(token, Parameters());
        first.ClaimsIdentity.AddClaim(new Claim("added-by", "the first request"));
        var second = await handler.ValidateTokenAsync(token, Parameters());
        var third = await handler.ValidateTokenAsync(token, Parameters());

        Assert.Single(checks);
        Assert.True(second.IsValid);
        Assert.Equal("alice", second.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Null(second.ClaimsIdentity.FindFirst("added-by"));
        Assert.NotSame(second.ClaimsIdentity, third.ClaimsIdentity);
        Assert.Same(first.SecurityToken, second.SecurityToken);
    }

    [Fact]
    public async Task A_refused_token_is_checked_every_time()
    {
        var (handler, checks) = CachedHandler();
        var forged = Token(expires: _time.GetUtcNow().AddMinutes(10), key: new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));

        var results = new[] { await handler.ValidateTokenAsync(forged, Parameters()), await handler.ValidateTokenAsync(forged, Parameters()) };

        Assert.All(results, result => Assert.False(result.IsValid));
        Assert.Equal(2, checks.Count);
    }

    [Fact]
    public async Task A_remembered_token_is_checked_again_after_the_cache_lifetime()
    {
        var (handler, checks) = CachedHandler();
        var token = Token(expires: _time.GetUtcNow().AddMinutes(10));

        await handler.ValidateTokenAsync(token, Parameters());
        _time.Advance(ValidatedTokenCache.Lifetime - TimeSpan.FromSeconds(1));
        await handler.ValidateTokenAsync(token, Parameters());
        _time.Advance(TimeSpan.FromSeconds(2));
        await handler.ValidateTokenAsync(token, Parameters());

        Assert.Equal(2, checks.Count);
    }

    [Fact]
    public async Task A_token_is_never_answered_from_the_cache_past_its_expiry()
    {
        var (handler, checks) = CachedHandler();
        var token = Token(expires: _time.GetUtcNow().AddSeconds(20));

        await handler.ValidateTokenAsync(token, Parameters());
        _time.Advance(TimeSpan.FromSeconds(21));
        var afterExpiry = await handler.ValidateTokenAsync(token, Parameters());

        Assert.Equal(2, checks.Count);
        Assert.False(afterExpiry.IsValid);
    }

    [Fact]
    public async Task The_api_remembers_the_tokens_it_accepted_and_still_refuses_a_forgery_of_one()
    {
        var client = api.CreateClient();
        var token = await client.SignInAsAsync($"cache-{Guid.NewGuid():N}");
        var cache = api.Services.GetRequiredService<ValidatedTokenCache>();
        Assert.False(cache.Remembers(token));

        // Other tests share this API and its cache: only this token's entry is this test's to look at.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/categories")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/categories")).StatusCode);
        Assert.True(cache.Remembers(token));
        Assert.All(
            api.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).TokenHandlers,
            handler => Assert.False(handler is JsonWebTokenHandler, "every bearer token handler is wrapped by the cache"));

        var forged = token[..token.LastIndexOf('.')] + ".c2lnbmVkLWJ5LXNvbWVvbmUtZWxzZS1lbnRpcmVseQ";
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/categories")).StatusCode);
    }

    private (TokenHandler Handler, List<string> Checks) CachedHandler()
    {
        var checks = new List<string>();
        var cache = new ValidatedTokenCache(_time);
        List<TokenHandler> handlers = [new CountingHandler(checks, _time)];
        cache.Decorate(handlers);
        return (Assert.Single(handlers), checks);
    }

    private TokenValidationParameters Parameters() => new()
    {
        ValidIssuer = "tests",
        ValidAudience = "api",
        IssuerSigningKey = _key,
        ClockSkew = TimeSpan.Zero,
    };

    private string Token(DateTimeOffset expires, SecurityKey? key = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "tests",
            Audience = "api",
            Subject = new ClaimsIdentity([new Claim("sub", "alice")]),
            IssuedAt = expires.UtcDateTime.AddMinutes(-30),
            NotBefore = expires.UtcDateTime.AddMinutes(-30),
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key ?? _key, SecurityAlgorithms.HmacSha256),
        });

    /// <summary>The real handler, on the test's clock, counting the tokens it is asked to check.</summary>
    private sealed class CountingHandler(List<string> checks, TimeProvider time) : JsonWebTokenHandler
    {
        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            checks.Add(token);
            var onTheTestsClock = validationParameters.Clone();
            onTheTestsClock.LifetimeValidator = (notBefore, expires, _, _) => notBefore <= time.GetUtcNow().UtcDateTime && time.GetUtcNow().UtcDateTime < expires;
            return base.ValidateTokenAsync(token, onTheTestsClock);
        }
    }
}
