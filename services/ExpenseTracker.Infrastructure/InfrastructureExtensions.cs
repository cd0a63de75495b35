using ExpenseTracker.Infrastructure.Blobs;
using ExpenseTracker.Infrastructure.Caching;
using ExpenseTracker.Infrastructure.MongoDB;
using ExpenseTracker.Infrastructure.MongoDB.Client;
using ExpenseTracker.Infrastructure.Sqlite;
using ExpenseTracker.ServiceDefaults;
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
        if (StoreSelection.UsesMongoDB(builder.Configuration))
        {
            builder.AddMongoDBClient(ResourceNames.ExpenseDatabase);
            builder.Services.AddMongoStore();
        }
        else
        {
            builder.Services.AddSqliteStore();
            builder.Services.AddSqliteMessagingStores();
        }

        builder.AddBlobStorage();

        // Reports and category lists: in process, with Redis as the second level when ConnectionStrings:cache is set.
        builder.AddExpenseTrackerCaching();
        return builder;
    }
}
