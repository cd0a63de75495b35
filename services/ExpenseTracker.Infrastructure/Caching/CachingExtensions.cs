using ExpenseTracker.Application.Common;
using ExpenseTracker.ServiceDefaults;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace ExpenseTracker.Infrastructure.Caching;

public static class CachingExtensions
{
    public static bool HasRedis(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ResourceNames.Cache));

    /// <summary>
    /// HybridCache for reports and category lists. With <c>ConnectionStrings:cache</c>, Redis (through the Aspire
    /// client: health check, traces) is its second level and keeps the view generations every replica reads, shielded so
    /// that an outage only costs store queries; without it, the cache and the generations live in this process only.
    /// </summary>
    public static IHostApplicationBuilder AddExpenseTrackerCaching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHybridCache();
        if (!builder.Configuration.HasRedis())
        {
            builder.Services.AddSingleton<IViewGenerations, InMemoryViewGenerations>();
            return builder;
        }

        builder.Services.AddSingleton<RedisOutage>();
        builder.Services.AddSingleton<IViewGenerations, RedisViewGenerations>();

        builder.AddRedisClient(ResourceNames.Cache, settings => settings.DisableAutoActivation = true, options =>
        {
            // Start without Redis rather than not at all; reconnect in the background.
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            options.SyncTimeout = 2000;
            options.AsyncTimeout = 2000;
            // Redis answers are completed on .NET's thread pool rather than the client's own dedicated threads, which
            // exist for applications that block threads on Redis (none here: every call is awaited). On two cores,
            // handing each answer to and waking a dedicated thread cost a cached read about 8 % of its CPU.
            options.SocketManager = SocketManager.ThreadPool;
        });
        builder.Services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((options, services) =>
        {
            options.InstanceName = "expensetracker:";
            options.ConnectionMultiplexerFactory = () => Task.FromResult(services.GetRequiredService<IConnectionMultiplexer>());
        });
        builder.Services.AddSingleton<IDistributedCache>(services => new ResilientDistributedCache(
            ActivatorUtilities.CreateInstance<RedisCache>(services),
            services.GetRequiredService<RedisOutage>()));
        return builder;
    }
}
