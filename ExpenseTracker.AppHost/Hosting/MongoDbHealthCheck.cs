using Microsoft.Extensions.Diagnostics.HealthChecks;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.AppHost.Hosting;

/// <summary>
/// Healthy once the server is the writable primary of its replica set: before that it answers pings but refuses the
/// transactions the application needs. Given a <see cref="ReplicaSetToInitiate"/>, it also initiates that set the
/// first time it finds the server without one (a mongod started as a local process has nobody else to do it).
/// One instance serves every check, so that one client (and its connection pool) is reused.
/// </summary>
internal sealed class MongoDbHealthCheck(ReferenceExpression connectionString, ReplicaSetToInitiate? replicaSet = null) : IHealthCheck
{
    private MongoClient? _client;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _client ??= await CreateClientAsync(cancellationToken);
            var admin = _client.GetDatabase("admin");
            var hello = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1), cancellationToken: cancellationToken);
            if (hello.TryGetValue("isWritablePrimary", out var primary) && primary.ToBoolean())
            {
                return HealthCheckResult.Healthy();
            }

            if (replicaSet is not null && !hello.Contains("setName"))
            {
                await admin.RunCommandAsync<BsonDocument>(replicaSet.InitiateCommand(), cancellationToken: cancellationToken);
                return HealthCheckResult.Unhealthy($"initiating replica set {replicaSet.Name}");
            }

            return HealthCheckResult.Unhealthy("MongoDB answers but its replica set has no primary yet");
        }
        catch (Exception exception) when (exception is MongoException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("MongoDB does not answer", exception);
        }
    }

    private async Task<MongoClient> CreateClientAsync(CancellationToken cancellationToken)
    {
        var value = await connectionString.GetValueAsync(cancellationToken)
            ?? throw new InvalidOperationException("MongoDB has no address yet");
        var settings = MongoClientSettings.FromConnectionString(value);
        settings.ServerSelectionTimeout = TimeSpan.FromSeconds(3);
        settings.ConnectTimeout = TimeSpan.FromSeconds(3);
        return new MongoClient(settings);
    }
}

/// <summary>A single-member replica set: its name and the address its only member answers on.</summary>
internal sealed record ReplicaSetToInitiate(string Name, string MemberAddress)
{
    public BsonDocument InitiateCommand() =>
        new("replSetInitiate", new BsonDocument
        {
            ["_id"] = Name,
            ["members"] = new BsonArray { new BsonDocument { ["_id"] = 0, ["host"] = MemberAddress } },
        });
}
