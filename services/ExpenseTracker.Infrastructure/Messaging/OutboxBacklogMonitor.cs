using ExpenseTracker.Application.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Infrastructure.Messaging;

/// <summary>
/// Reads the outbox backlog (how many messages wait, since when) every <see cref="MessagingOptions.BacklogSampleInterval"/>
/// for the <c>expensetracker.outbox.pending</c> and <c>expensetracker.outbox.oldest_age</c> gauges. It runs where the
/// relay runs, so one process reports the backlog; a scrape never waits for the store.
/// </summary>
public sealed partial class OutboxBacklogMonitor(IOutboxStore outbox, IOptions<MessagingOptions> options, ILogger<OutboxBacklogMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (pending, oldest) = await outbox.BacklogAsync(stoppingToken);
                MessagingTelemetry.ReportBacklog(pending, oldest);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The gauges keep the last reading; the relay's own failures are logged where they happen.
                LogSampleFailed(exception);
            }

            await Task.Delay(options.Value.BacklogSampleInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(LogLevel.Debug, "Could not read the outbox backlog")]
    private partial void LogSampleFailed(Exception exception);
}
