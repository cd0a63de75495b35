using Microsoft.Extensions.Diagnostics.HealthChecks;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Client;

/// <summary>Healthy when the database answers a <c>ping</c> within the timeout.</summary>
public sealed class MongoDBHealthCheck(IMongoDatabase database, TimeSpan timeout) : IHealthCheck
{
    private static readonly BsonDocumentCommand<BsonDocument> Ping = new(new BsonDocument("ping", 1));

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await database.RunCommandAsync(Ping, cancellationToken: deadline.Token);
            return HealthCheckResult.Healthy($"MongoDB database {database.DatabaseNamespace.DatabaseName}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                $"MongoDB database {database.DatabaseNamespace.DatabaseName} did not answer a ping within {timeout.TotalSeconds:0.#} s.",
                exception);
        }
    }
}
