using ExpenseTracker.Infrastructure.Blobs;
using ExpenseTracker.Infrastructure.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ExpenseTracker.Infrastructure;

public static class InfrastructureExtensions
{
    /// <summary>
    /// The adapters behind the application's ports, each chosen by configuration: a connection string selects the
    /// external server, its absence the embedded equivalent.
    /// </summary>
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection(StorageOptions.SectionName));
        builder.Services.AddSqliteStore();
        builder.AddBlobStorage();

        // Reports and category lists are cached in process here; a distributed second level is added where configured.
        builder.Services.AddHybridCache();
        return builder;
    }
}
