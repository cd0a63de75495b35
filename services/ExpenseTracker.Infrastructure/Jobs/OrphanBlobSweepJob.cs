using ExpenseTracker.Application.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Infrastructure.Jobs;

/// <summary>Removes blobs no row points to, once they are older than the grace period.</summary>
public sealed class OrphanBlobSweepJob(IServiceScopeFactory scopes, IOptions<BlobStorageOptions> options, TimeProvider clock, ILogger<OrphanBlobSweepJob> logger)
    : ScheduledJob(scopes, clock, logger)
{
    protected override string Name => "orphan-blob-sweep";

    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OrphanBlobSweeper>().SweepAsync(cancellationToken);
}
