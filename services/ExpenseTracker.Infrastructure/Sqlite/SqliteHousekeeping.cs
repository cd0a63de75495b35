using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>Removes what has outlived its purpose: idempotency records past their 24 hours.</summary>
public sealed partial class SqliteHousekeeping(SqliteDatabase database, TimeProvider clock, ILogger<SqliteHousekeeping> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var purged = await database.WriteAsync(
                    (connection, transaction) => SqliteIdempotencyStore.PurgeExpiredAsync(connection, transaction, clock.GetUtcNow()),
                    stoppingToken);
                if (purged > 0)
                {
                    LogPurged(purged);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(LogLevel.Information, "Removed {Count} expired idempotency records")]
    private partial void LogPurged(int count);

    [LoggerMessage(LogLevel.Warning, "Housekeeping failed; it runs again in an hour")]
    private partial void LogFailed(Exception exception);
}
