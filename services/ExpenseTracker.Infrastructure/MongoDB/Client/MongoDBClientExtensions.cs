using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using MongoDB.Driver;
using MongoDB.Driver.Core.Configuration;

namespace ExpenseTracker.Infrastructure.MongoDB.Client;

public static class MongoDBClientExtensions
{
    /// <summary>
    /// Registers one <see cref="IMongoClient"/> for the process and the <see cref="IMongoDatabase"/> that the
    /// connection string's path names (else <paramref name="connectionName"/>), a ping health check named
    /// <paramref name="connectionName"/> that <c>/health</c> reports, and a client span per command on the
    /// <see cref="MongoDBCommandTracer.ActivitySourceName"/> source.
    /// </summary>
    /// <param name="connectionName">The connection string's name under <c>ConnectionStrings</c>, as the AppHost gives it.</param>
    public static IHostApplicationBuilder AddMongoDBClient(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<MongoDBClientSettings>? configureSettings = null)
    {
        var settings = new MongoDBClientSettings();
        builder.Configuration.GetSection(MongoDBClientSettings.SectionName).Bind(settings);
        if (builder.Configuration.GetConnectionString(connectionName) is { Length: > 0 } connectionString)
        {
            settings.ConnectionString = connectionString;
        }

        configureSettings?.Invoke(settings);
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            throw new InvalidOperationException(
                $"MongoDB needs a connection string: set ConnectionStrings:{connectionName} (or {MongoDBClientSettings.SectionName}:ConnectionString).");
        }

        var url = MongoUrl.Create(settings.ConnectionString);
        var databaseName = settings.DatabaseName ?? url.DatabaseName ?? connectionName;

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(ClientSettings(url, settings)));
        builder.Services.AddSingleton(services => services.GetRequiredService<IMongoClient>().GetDatabase(databaseName));

        if (!settings.DisableHealthChecks)
        {
            builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
                connectionName,
                services => new MongoDBHealthCheck(services.GetRequiredService<IMongoDatabase>(), settings.HealthCheckTimeout),
                failureStatus: null,
                tags: ["ready"],
                timeout: settings.HealthCheckTimeout));
        }

        return builder;
    }

    private static MongoClientSettings ClientSettings(MongoUrl url, MongoDBClientSettings settings)
    {
        var clientSettings = MongoClientSettings.FromUrl(url);
        if (!settings.DisableTracing)
        {
            var tracer = new MongoDBCommandTracer();
            var configure = clientSettings.ClusterConfigurator;
            clientSettings.ClusterConfigurator = cluster =>
            {
                configure?.Invoke(cluster);
                tracer.Subscribe(cluster);
            };

            // One span per command is ours; the driver's own spans would describe the same commands twice.
            clientSettings.TracingOptions = new TracingOptions { Disabled = true };
        }

        return clientSettings;
    }
}
