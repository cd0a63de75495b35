using ExpenseTracker.Application.Events;
using ExpenseTracker.Infrastructure.Jobs;
using ExpenseTracker.Infrastructure.Messaging.InProcess;
using ExpenseTracker.Infrastructure.Messaging.RabbitMq;
using ExpenseTracker.Infrastructure.Sqlite;
using ExpenseTracker.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ExpenseTracker.Infrastructure.Messaging;

public static class MessagingExtensions
{
    public static bool HasRabbitMq(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ResourceNames.Messaging));

    /// <summary>
    /// The background work, split by configuration only. With <c>ConnectionStrings:messaging</c> (RabbitMQ): the
    /// worker runs the outbox relay, the recurring scheduler, the archive and blob-sweep jobs and the worker's consumers; every API process runs the
    /// consumers of every API process (cache invalidation) and of any API process (live push). Without it
    /// (standalone): the API runs all of it on the in-process bus, and the worker has nothing to do.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder, HostRole role)
    {
        var services = builder.Services;
        services.AddOptions<MessagingOptions>().Bind(builder.Configuration.GetSection(MessagingOptions.SectionName));
        var distributed = builder.Configuration.HasRabbitMq();
        var embeddedStore = !StoreSelection.UsesMongoDB(builder.Configuration);

        if (distributed)
        {
            builder.AddRabbitMQClient(ResourceNames.Messaging, settings => settings.DisableAutoActivation = true);
            services.AddSingleton<IDeadLetterQueue, RabbitMqDeadLetterQueue>();
            if (role == HostRole.Worker)
            {
                services.AddConsumers(ConsumerPlacement.Worker);
                services.AddSingleton<IEventPublisher, RabbitMqPublisher>();
                services.AddBackgroundJobs(embeddedStore);
            }
            else
            {
                services.AddConsumers(ConsumerPlacement.EveryApiInstance, ConsumerPlacement.AnyApiInstance);
            }

            services.AddHostedService<RabbitMqConsumerService>();
            return builder;
        }

        if (role == HostRole.Api)
        {
            services.AddConsumers(ConsumerPlacement.Worker, ConsumerPlacement.EveryApiInstance, ConsumerPlacement.AnyApiInstance);
            services.AddSingleton<InProcessEventBus>();
            services.AddSingleton<IEventPublisher>(sp => sp.GetRequiredService<InProcessEventBus>());
            services.AddSingleton<IDeadLetterQueue, InProcessDeadLetterQueue>();
            services.AddBackgroundJobs(embeddedStore);
        }

        return builder;
    }

    private static void AddConsumers(this IServiceCollection services, params ConsumerPlacement[] placements) =>
        services.AddSingleton(sp => new ConsumerSet(sp, sp.GetServices<ConsumerRegistration>(), placements));

    private static void AddBackgroundJobs(this IServiceCollection services, bool embeddedStore)
    {
        services.AddHostedService<OutboxRelay>();
        services.AddHostedService<OutboxBacklogMonitor>();
        services.AddHostedService<RecurringSchedulerJob>();
        if (embeddedStore)
        {
            // MongoDB forgets sent messages and old processed-message records by itself, through TTL indexes.
            services.AddHostedService<SqliteMessagingHousekeeping>();
        }

        services.AddHostedService<ArchiveJob>();
        services.AddHostedService<OrphanBlobSweepJob>();
    }
}
