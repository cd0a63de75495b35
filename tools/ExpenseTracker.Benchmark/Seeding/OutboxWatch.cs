using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Benchmark.Seeding;

/// <summary>
/// Reads, without writing, how many outbox messages still wait for the relay in the run's database file: each
/// measurement starts once the events of the previous step are published, so the relay's catching up (and the cache
/// invalidations it causes) does not land in the next figure.
/// </summary>
internal sealed class OutboxWatch(string databaseFile)
{
    public async Task<long> PendingAsync(CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Waits until every message is published; answers how long that took.</summary>
    public async Task<TimeSpan> WaitUntilDrainedAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var pending = await PendingAsync(cancellationToken);
            var waited = TimeProvider.System.GetElapsedTime(started);
            if (pending == 0)
            {
                return waited;
            }

            if (waited > timeout)
            {
                throw new BenchmarkException($"{pending} outbox messages were still unpublished after {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(250, cancellationToken);
        }
    }
}
