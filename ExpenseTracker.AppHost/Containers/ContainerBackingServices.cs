using ExpenseTracker.AppHost.Hosting;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.AppHost.Containers;

/// <summary>Every backing service as a container with a pinned image, a named data volume and a health check.</summary>
internal static class ContainerBackingServices
{
    public static BackingServices AddContainerBackingServices(this IDistributedApplicationBuilder builder, AppHostSettings settings, InfraFiles infra)
    {
        var services = new BackingServices();

        var mongo = builder.AddMongoDb(ResourceNames.MongoServer).WithDataVolume();
        services.Add(mongo.AddDatabase(ResourceNames.ExpenseDatabase), mongo, $"MongoDB container ({MongoDbContainerExtensions.Image}:{MongoDbContainerExtensions.Tag}, replica set)");

        var cache = builder.AddRedis(ResourceNames.Cache);
        cache.WithDataVolume(VolumeNames.For(cache.Resource, "data"))
            .WithPersistence(TimeSpan.FromSeconds(60))
            .WithContainerHealthCheck(TimeSpan.FromSeconds(10), "CMD-SHELL", "redis-cli -a \"$REDIS_PASSWORD\" --no-auth-warning ping | grep -q PONG");
        services.Add(cache, cache, "Redis container");

        var messaging = builder.AddRabbitMQ(ResourceNames.Messaging);
        messaging.WithManagementPlugin()
            .WithDataVolume(VolumeNames.For(messaging.Resource, "data"))
            .WithUrlForEndpoint("management", url => url.DisplayText = "RabbitMQ management")
            .WithContainerHealthCheck(TimeSpan.FromSeconds(30), "CMD", "rabbitmq-diagnostics", "-q", "ping");
        services.Add(messaging, messaging, "RabbitMQ container with the management UI");

        var storage = builder.AddAzurite(ResourceNames.Storage).WithDataVolume();
        services.Add(storage.AddBlobs(ResourceNames.Blobs), storage, $"Azurite container ({AzuriteContainerExtensions.Image}:{AzuriteContainerExtensions.Tag})");

        var seq = builder.AddSeq(ResourceNames.Seq);
        services.Add(seq, seq, "Seq container");

        var targetsDirectory = builder.ExecutionContext.IsPublishMode
            ? infra.PrometheusComposeTargets
            : Path.Combine(settings.ServerDirectory(ResourceNames.Prometheus), "targets");
        var prometheus = builder.AddPrometheus(ResourceNames.Prometheus, infra, targetsDirectory);
        services.Choose(ResourceNames.Prometheus, "Prometheus container");
        if (builder.ExecutionContext.IsRunMode)
        {
            // Containers reach the services that run on the host through the host's name for itself.
            services.ScrapeTargets = new PrometheusScrapeTargets(prometheus, targetsDirectory, "host.docker.internal");
        }

        builder.AddGrafana(ResourceNames.Grafana, infra, prometheus);
        services.Choose(ResourceNames.Grafana, "Grafana container");
        return services;
    }
}
