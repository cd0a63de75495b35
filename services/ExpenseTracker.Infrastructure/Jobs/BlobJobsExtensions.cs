using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ExpenseTracker.Infrastructure.Jobs;

public static class BlobJobsExtensions
{
    /// <summary>
    /// The blob storage jobs: archiving old months (<c>Archive:Enabled</c>, <c>Archive:AfterMonths</c>) and sweeping
    /// orphan blobs. The worker hosts them; the API hosts them itself when it runs without messaging (standalone).
    /// </summary>
    public static IHostApplicationBuilder AddArchivalJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ArchiveJob>();
        builder.Services.AddHostedService<OrphanBlobSweepJob>();
        return builder;
    }
}
