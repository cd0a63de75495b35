using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.Infrastructure.Jobs;

/// <summary>
/// Runs a piece of work when the host starts and then at a fixed interval, each run in a scope of its own. A failed
/// run is logged and the next one tries again; nothing a run leaves half done is lost (the work is written to resume).
/// </summary>
public abstract partial class ScheduledJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    protected virtual bool Enabled => true;

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            LogDisabled(Name);
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(exception, Name, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(LogLevel.Information, "Job {Job} is disabled by configuration")]
    private partial void LogDisabled(string job);

    [LoggerMessage(LogLevel.Warning, "Job {Job} failed; it runs again in {Interval}")]
    private partial void LogFailed(Exception exception, string job, TimeSpan interval);
}
