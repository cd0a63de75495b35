using ExpenseTracker.Application.Recurring;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Infrastructure.Messaging;

/// <summary>Runs the recurring scheduler at start (catching up on what was missed) and then every <see cref="MessagingOptions.SchedulerInterval"/>.</summary>
public sealed partial class RecurringSchedulerJob(
    RecurringScheduler scheduler,
    IOptions<MessagingOptions> options,
    ILogger<RecurringSchedulerJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var created = await scheduler.CreateDueAsync(stoppingToken);
                if (created > 0)
                {
                    LogCreated(created);
                }

                await Task.Delay(options.Value.SchedulerInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(exception);
                await Task.Delay(options.Value.SchedulerInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Created {Count} recurring expenses")]
    private partial void LogCreated(int count);

    [LoggerMessage(LogLevel.Warning, "The recurring scheduler failed; it tries again at its next run")]
    private partial void LogFailed(Exception exception);
}
