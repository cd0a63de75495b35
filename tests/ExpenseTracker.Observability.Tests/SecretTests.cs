using ExpenseTracker.Api.Identity;
using ExpenseTracker.Observability.Tests.Infrastructure;

namespace ExpenseTracker.Observability.Tests;

/// <summary>No secret of the run reaches any log: consoles, rolling files, Seq.</summary>
[Collection(ObservedDeployment.Readers.Name)]
public sealed class SecretTests(ObservedDeployment deployment)
{
    [Fact]
    public void No_token_password_or_signing_key_reaches_a_log()
    {
        var signingKey = File.ReadAllText(Path.Combine(deployment.DataDirectory, "keys", LocalSigningKey.FileName)).Trim();
        var secrets = deployment.Traffic.BearerTokens
            .SelectMany(token => new[] { ("a bearer token", token), ("a token's signature", token[(token.LastIndexOf('.') + 1)..]) })
            .Append(("the signing key", signingKey))
            .Append(("the Redis password", deployment.RedisPassword))
            .Append(("the RabbitMQ password", deployment.BrokerPassword))
            .ToList();
        var logs = deployment.AllLogOutput().ToList();

        // The logs are there, with the requests that carried the tokens (one of them in its query string).
        Assert.Contains(logs, log => log.Text.Contains("/hubs/notifications/negotiate", StringComparison.Ordinal));
        Assert.Contains(logs, log => log.Text.Contains("answered 401", StringComparison.Ordinal));
        foreach (var (where, text) in logs)
        {
            foreach (var (what, secret) in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{what} is in {where}");
            }
        }
    }
}
