using System.Net;
using ExpenseTracker.Api.Tests.Infrastructure;

namespace ExpenseTracker.Api.Tests;

public sealed class RateLimitingTests
{
    [Fact]
    public async Task A_user_over_the_limit_gets_429_with_retry_after_while_others_are_served()
    {
        await using var api = new ApiHost(new Dictionary<string, string?>
        {
            ["RateLimiting:PermitsPerSecond"] = "1",
            ["RateLimiting:Burst"] = "5",
        });
        var greedy = await api.NewUserClientAsync("greedy");
        var patient = await api.NewUserClientAsync("patient");

        // Sent at once, so that a slow machine cannot refill the bucket (one permit a second) between them.
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => greedy.GetAsync("/api/v1/categories")));
        Assert.True(responses.Count(response => response.StatusCode == HttpStatusCode.OK) >= 5, "the burst is served");

        var limited = responses.First(response => response.StatusCode == HttpStatusCode.TooManyRequests);
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After says how long to wait");
        Assert.Equal(HttpStatusCode.OK, (await patient.GetAsync("/api/v1/categories")).StatusCode);
    }
}
