using ExpenseTracker.Infrastructure.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>
/// Forgets what messaging no longer needs: outbox messages sent a week ago, and processed-message records older than
/// any redelivery can be (30 days).
/// </summary>
public sealed partial class SqliteMessagingHousekeeping(
    SqliteOutboxStore outbox,
    SqliteDatabase database,
    TimeProvider clock,
    ILogger<SqliteMessagingHousekeeping> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var now = clock.GetUtcNow();
                var sent = await outbox.PurgeSentAsync(now - MessagingRetention.SentMessages, stoppingToken);
                var processed = await database.WriteAsync(
                    (connection, transaction) => SqliteProcessedMessages.PurgeAsync(connection, transaction, now - MessagingRetention.ProcessedMessages),
                    stoppingToken);
                if (sent + processed > 0)
                {
                    LogPurged(sent, processed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(LogLevel.Information, "Removed {Sent} sent outbox messages and {Processed} processed-message records")]
    private partial void LogPurged(int sent, int processed);

    [LoggerMessage(LogLevel.Warning, "Messaging housekeeping failed; it runs again in an hour")]
    private partial void LogFailed(Exception exception);
}
