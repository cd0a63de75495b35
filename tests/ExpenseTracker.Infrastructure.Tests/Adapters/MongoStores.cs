using DotNet.Testcontainers.Builders;
using ExpenseTracker.Infrastructure.MongoDB;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.LocalServers;
using MongoDB.Driver;
using Testcontainers.MongoDb;

namespace ExpenseTracker.Infrastructure.Tests.Adapters;

/// <summary>The MongoDB store in a database of its own on the given server, dropped at the end.</summary>
public abstract class MongoStoreBase : StoreUnderTest
{
    private readonly TempDirectory _dataDirectory = new("store-tests");
    private string? _databaseName;

    public override string Name => "MongoDB";

    public override async Task<IReadOnlyList<Guid>> OutboxMessageIdsAsync(string userId) =>
        await Port<MongoStore>().Outbox
            .Find(Builders<OutboxDocument>.Filter.Eq(d => d.UserId, userId))
            .Project(d => d.Id)
            .ToListAsync();

    public override async ValueTask DisposeAsync()
    {
        if (_databaseName is not null)
        {
            await Port<IMongoClient>().DropDatabaseAsync(_databaseName);
        }

        await base.DisposeAsync();
        _dataDirectory.Dispose();
    }

    /// <summary>Starts the store in a new database of <paramref name="server"/>; blobs (archives) go to a temporary folder.</summary>
    protected async Task StartInOwnDatabaseAsync(string server)
    {
        _databaseName = $"expensetracker-tests-{Guid.NewGuid():N}";
        await StartAsync(new Dictionary<string, string?>
        {
            [ConnectionStringKey] = TestDatabaseUrl(server, _databaseName),
            ["Storage:DataDirectory"] = _dataDirectory.Path,
        });
    }

    /// <summary>The given server's URL with the run's own database, keeping the credentials' authentication database.</summary>
    private static string TestDatabaseUrl(string server, string databaseName)
    {
        var url = new MongoUrlBuilder(server);
        if (url.Username is not null && url.AuthenticationSource is null)
        {
            url.AuthenticationSource = url.DatabaseName ?? "admin";
        }

        url.DatabaseName = databaseName;
        url.ServerSelectionTimeout = TimeSpan.FromSeconds(10);
        return url.ToString();
    }
}

/// <summary>
/// The MongoDB store, decided once per run: the server that <c>ConnectionStrings__expensedb</c> names, else a
/// <c>mongo:8.0</c> replica set that Testcontainers starts where a Docker engine answers, else no server, and every
/// MongoDB test reports itself skipped with <see cref="HowToRun"/>. Each run works in a database of its own, dropped at the end.
/// </summary>
public sealed class MongoStores : MongoStoreBase
{
    public const string ConnectionVariable = "ConnectionStrings__expensedb";

    public const string HowToRun =
        "No MongoDB server here, so the MongoDB run is skipped. To run it, point " + ConnectionVariable + " at a replica set " +
        "(transactions need one; a single node is enough), e.g. `" + ConnectionVariable + "=mongodb://localhost:27017/?replicaSet=rs0 " +
        "dotnet test --project tests/ExpenseTracker.Infrastructure.Tests`, or run the tests where a Docker engine is available " +
        "(Testcontainers then starts mongo:8.0 as a replica set).";

    private MongoDbContainer? _container;

    /// <summary>The server the run uses; null when there is none.</summary>
    public string? Server { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            server = await StartContainerAsync();
        }

        if (server is null)
        {
            UnavailableReason = HowToRun;
            return;
        }

        Server = server;
        await StartInOwnDatabaseAsync(server);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    private async Task<string?> StartContainerAsync()
    {
        try
        {
            _container = new MongoDbBuilder("mongo:8.0").WithReplicaSet("rs0").Build();
        }
        catch (DockerUnavailableException)
        {
            return null;
        }

        await _container.StartAsync();

        // The member calls itself by its name inside the container; from outside, talk to it directly.
        return new MongoUrlBuilder(_container.GetConnectionString()) { DirectConnection = true, ReplicaSetName = null }.ToString();
    }
}

/// <summary>
/// A MongoDB database of its own on the run's server, for a contract about data of every user (the outbox, due
/// recurring rules, dead letters, archive candidates) that other tests' data would disturb. Skipped like the shared one.
/// </summary>
public sealed class IsolatedMongoStores(MongoStores shared) : MongoStoreBase
{
    public override async ValueTask InitializeAsync()
    {
        if (shared.Server is not { } server)
        {
            UnavailableReason = shared.UnavailableReason;
            return;
        }

        await StartInOwnDatabaseAsync(server);
    }
}
