using Dapper;
using ExpenseTracker.Infrastructure.Sqlite;
using ExpenseTracker.LocalServers;

namespace ExpenseTracker.Infrastructure.Tests.Adapters;

/// <summary>The embedded store, in a fresh temporary data folder: it runs everywhere.</summary>
public abstract class SqliteStoreBase : StoreUnderTest
{
    private readonly TempDirectory _dataDirectory = new("store-tests");

    public override string Name => "SQLite";

    public override async ValueTask InitializeAsync() =>
        await StartAsync(new Dictionary<string, string?> { ["Storage:DataDirectory"] = _dataDirectory.Path });

    public override async Task<IReadOnlyList<Guid>> OutboxMessageIdsAsync(string userId)
    {
        await using var connection = await Port<SqliteDatabase>().OpenAsync(CancellationToken.None);
        var ids = await connection.QueryAsync<string>("SELECT id FROM outbox WHERE user_id = @UserId", new { UserId = userId });
        return ids.Select(Guid.Parse).ToList();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dataDirectory.Dispose();
    }
}

/// <summary>The SQLite store that the contracts of per-user data share.</summary>
public sealed class SqliteStores : SqliteStoreBase;

/// <summary>
/// A SQLite store of its own, for a contract about data of every user (the outbox, due recurring rules, dead letters,
/// archive candidates) that other tests' data would disturb.
/// </summary>
public sealed class IsolatedSqliteStores : SqliteStoreBase;
