using Dapper;
using ExpenseTracker.Infrastructure.Sqlite;

namespace ExpenseTracker.Infrastructure.Tests.Adapters;

/// <summary>The embedded store, in a fresh temporary data folder: it runs everywhere.</summary>
public sealed class SqliteStores : StoreUnderTest
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "expensetracker-store-tests", Guid.NewGuid().ToString("N"));

    public override string Name => "SQLite";

    public override async ValueTask InitializeAsync() =>
        await StartAsync(new Dictionary<string, string?> { ["Storage:DataDirectory"] = _dataDirectory });

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
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
