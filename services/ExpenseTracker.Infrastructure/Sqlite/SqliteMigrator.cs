using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>
/// Brings the database file to the current schema when the host starts. Safe when the API and the worker start
/// together: the version is read and raised under SQLite's write lock.
/// </summary>
public sealed partial class SqliteMigrator(SqliteDatabase database, ILogger<SqliteMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");

        await using var transaction = connection.BeginTransaction(deferred: false);
        var version = await connection.ExecuteScalarAsync<int>("PRAGMA user_version;", transaction: transaction);
        for (var next = version; next < SqliteSchema.Migrations.Count; next++)
        {
            await connection.ExecuteAsync(SqliteSchema.Migrations[next], transaction: transaction);
            await connection.ExecuteAsync($"PRAGMA user_version = {next + 1};", transaction: transaction);
        }

        await transaction.CommitAsync(cancellationToken);
        if (version < SqliteSchema.Migrations.Count)
        {
            LogMigrated(database.FilePath, version, SqliteSchema.Migrations.Count);
        }
        else
        {
            LogUpToDate(database.FilePath, version);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Database {Path} migrated from schema {From} to {To}")]
    private partial void LogMigrated(string path, int from, int to);

    [LoggerMessage(LogLevel.Information, "Database {Path} is at schema {Version}")]
    private partial void LogUpToDate(string path, int version);
}
