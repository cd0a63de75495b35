using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>What every ExpenseTracker service gets: logs, traces and metrics, health checks, service discovery and resilient HTTP.</summary>
public static class Extensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";
    public const string MetricsEndpointPath = "/metrics";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        HealthProbe.RunIfRequested(builder.Configuration);

        // One resolved data folder for everything this process keeps locally; adapters read it from configuration.
        builder.Configuration[DataDirectory.ConfigurationKey] = DataDirectory.Resolve(builder.Configuration);
        builder.AddLoggingDefaults();
        builder.AddTelemetryDefaults();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// <c>/health</c> (ready: every dependency answers), <c>/alive</c> (the process runs) and <c>/metrics</c> (Prometheus),
    /// in every environment: orchestrators and Prometheus need them in production most of all.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpointPath, new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
        app.MapPrometheusScrapingEndpoint(MetricsEndpointPath);
        return app;
    }
}
