using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace ExpenseTracker.Infrastructure.AzureBlobs;

/// <summary>
/// The client integration for Azure Blob Storage, written in the shape of Aspire's <c>Aspire.Azure.Storage.Blobs</c>
/// (which our package feed lacks): a singleton <see cref="BlobServiceClient"/> from the named connection string, a
/// health check named like the resource, and the Azure SDK's traces.
/// </summary>
public static class AzureBlobServiceClientExtensions
{
    public const string DefaultConfigSectionName = "Aspire:Azure:Storage:Blobs";

    /// <summary>The Azure SDK only creates activities when this switch is on; its sources are named <c>Azure.*</c>.</summary>
    private const string ActivitySourceSwitch = "Azure.Experimental.EnableActivitySource";

    public static IHostApplicationBuilder AddAzureBlobServiceClient(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<AzureStorageBlobsSettings>? configureSettings = null,
        Action<BlobClientOptions>? configureClientOptions = null)
    {
        var settings = new AzureStorageBlobsSettings();
        builder.Configuration.GetSection(DefaultConfigSectionName).Bind(settings);
        if (builder.Configuration.GetConnectionString(connectionName) is { Length: > 0 } connectionString)
        {
            settings.ParseConnectionString(connectionString);
        }

        configureSettings?.Invoke(settings);

        builder.Services.AddSingleton(_ => CreateClient(settings, connectionName, configureClientOptions));

        if (!settings.DisableTracing)
        {
            AppContext.SetSwitch(ActivitySourceSwitch, true);
            builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource("Azure.*"));
        }

        if (!settings.DisableHealthChecks)
        {
            builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
                connectionName,
                services => new AzureBlobStorageHealthCheck(services.GetRequiredService<BlobServiceClient>()),
                failureStatus: null,
                tags: ["ready"]));
        }

        return builder;
    }

    private static BlobServiceClient CreateClient(AzureStorageBlobsSettings settings, string connectionName, Action<BlobClientOptions>? configureClientOptions)
    {
        var options = new BlobClientOptions();
        configureClientOptions?.Invoke(options);
        if (!string.IsNullOrEmpty(settings.ConnectionString))
        {
            return new BlobServiceClient(settings.ConnectionString, options);
        }

        if (settings.ServiceUri is { } serviceUri)
        {
            return new BlobServiceClient(serviceUri, new DefaultAzureCredential(), options);
        }

        throw new InvalidOperationException(
            $"A BlobServiceClient could not be configured: set 'ConnectionStrings:{connectionName}' to a storage connection string or a blob service URI, " +
            $"or '{DefaultConfigSectionName}:ConnectionString' / ':ServiceUri'.");
    }
}
