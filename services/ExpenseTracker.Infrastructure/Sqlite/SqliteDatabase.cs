using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>
/// The embedded database file. Reads run in parallel (WAL); writes take an in-process gate first, then SQLite's own
/// write lock (BEGIN IMMEDIATE), so writers in this process queue instead of spinning on SQLITE_BUSY, and writers in
/// another process (the worker beside the API) wait their turn. Each connection and write is a span named after the
/// store method that asked for it (<see cref="SqliteTelemetry"/>).
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    public const string FileName = "expenses.db";

    /// <summary>How long a statement waits for a lock another process holds before it fails.</summary>
    private const int LockTimeoutSeconds = 30;

    private readonly SemaphoreSlim _writeGate = new(1, 1);

    static SqliteDatabase()
    {
        // Columns are snake_case, row properties PascalCase.
        Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        FilePath = Path.Combine(options.Value.EnsureDataDirectory(), FileName);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = LockTimeoutSeconds,
            ForeignKeys = true,
        }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public async Task<SqliteConnection> OpenAsync(
        CancellationToken cancellationToken,
        [CallerMemberName] string caller = "",
        [CallerFilePath] string callerFile = "")
    {
        var activity = SqliteTelemetry.StartOperation(FilePath, callerFile, caller);
        var connection = new SqliteTelemetry.TracedConnection(ConnectionString, activity);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();

            // Every commit reaches the disk before it is acknowledged: a crash loses nothing the user was told is saved.
            // A lock held by another process (the worker beside the API) is waited for inside SQLite, which retries
            // within a few milliseconds of its release; left to Microsoft.Data.Sqlite, each retry sleeps 150 ms.
            pragmas.CommandText = $"PRAGMA synchronous = FULL; PRAGMA busy_timeout = {LockTimeoutSeconds * 1000};";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch (Exception exception)
        {
            SqliteTelemetry.Fail(activity, exception);
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction and commits it when the work returns.</summary>
    public async Task<T> WriteAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work,
        CancellationToken cancellationToken,
        [CallerMemberName] string caller = "",
        [CallerFilePath] string callerFile = "")
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken, caller, callerFile);
            await using var transaction = connection.BeginTransaction(deferred: false);
            try
            {
                var result = await work(connection, transaction);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception exception)
            {
                SqliteTelemetry.Fail((connection as SqliteTelemetry.TracedConnection)?.Activity, exception);
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task WriteAsync(
        Func<SqliteConnection, SqliteTransaction, Task> work,
        CancellationToken cancellationToken,
        [CallerMemberName] string caller = "",
        [CallerFilePath] string callerFile = "") =>
        WriteAsync(async (connection, transaction) =>
        {
            await work(connection, transaction);
            return true;
        }, cancellationToken, caller, callerFile);

    public void Dispose() => _writeGate.Dispose();
}
