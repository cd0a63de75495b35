using ExpenseTracker.Application.Archive;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Infrastructure.Jobs;

/// <summary>Moves months older than <c>Archive:AfterMonths</c> to cold storage, and finishes archives a crash left pending.</summary>
public sealed partial class ArchiveJob(IServiceScopeFactory scopes, IOptions<ArchiveOptions> options, TimeProvider clock, ILogger<ArchiveJob> logger)
    : ScheduledJob(scopes, clock, logger)
{
    protected override string Name => "archive";

    protected override TimeSpan Interval => options.Value.Interval;

    protected override bool Enabled => options.Value.Enabled;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<ArchiveService>().RunAsync(cancellationToken);
        if (result.MonthsArchived + result.PendingCompleted > 0)
        {
            LogRun(result.MonthsArchived, result.PendingCompleted);
        }
    }

    [LoggerMessage(LogLevel.Information, "Archive run: {Archived} months archived, {Recovered} interrupted archives finished")]
    private partial void LogRun(int archived, int recovered);
}
