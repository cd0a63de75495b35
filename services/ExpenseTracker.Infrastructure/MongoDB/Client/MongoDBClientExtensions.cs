using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using MongoDB.Driver;
using MongoDB.Driver.Core.Configuration;

namespace ExpenseTracker.Infrastructure.MongoDB.Client;

public static class MongoDBClientExtensions
{
    /// <summary>
    /// Registers one <see cref="IMongoClient"/> for the process and the <see cref="IMongoDatabase"/> that the
    /// connection string's path names (else <paramref name="connectionName"/>), a ping health check named
    /// <paramref name="connectionName"/> that <c>/health</c> reports, and the driver's own client spans (operations and
    /// their commands, on <see cref="MongoTelemetry.ActivitySourceName"/>) in the app's traces.
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

        if (!settings.DisableTracing)
        {
            builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(MongoTelemetry.ActivitySourceName));
        }

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
        clientSettings.TracingOptions = new TracingOptions { Disabled = settings.DisableTracing };
        return clientSettings;
    }
}
