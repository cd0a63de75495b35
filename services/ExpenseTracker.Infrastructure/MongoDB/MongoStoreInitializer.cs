using ExpenseTracker.Infrastructure.MongoDB.Queries;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>
/// At start: checks that the server can run transactions, creates the collections (so no transaction has to) and
/// every index of <see cref="MongoIndexes"/>. Each step is idempotent, so the API and the worker may run it together.
/// </summary>
internal sealed partial class MongoStoreInitializer(MongoStore store, ILogger<MongoStoreInitializer> logger) : IHostedService
{
    private const int NamespaceExists = 48;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var database = store.Database;
        var hello = await database.RunCommandAsync(new BsonDocumentCommand<BsonDocument>(new BsonDocument("hello", 1)), cancellationToken: cancellationToken);
        MongoDeployment.EnsureTransactions(hello);

        using var names = await database.ListCollectionNamesAsync(cancellationToken: cancellationToken);
        var existing = (await names.ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var collection in MongoCollectionNames.All.Where(name => !existing.Contains(name)))
        {
            try
            {
                await database.CreateCollectionAsync(collection, cancellationToken: cancellationToken);
            }
            catch (MongoCommandException exception) when (exception.Code == NamespaceExists)
            {
                // Created meanwhile by the other service.
            }
        }

        foreach (var indexes in MongoIndexes.All)
        {
            await indexes.CreateAsync(database, cancellationToken);
        }

        LogReady(database.DatabaseNamespace.DatabaseName, MongoIndexes.All.Sum(indexes => indexes.Render().Count));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "MongoDB database {Database} is ready: collections and {IndexCount} indexes in place")]
    private partial void LogReady(string database, int indexCount);
}
