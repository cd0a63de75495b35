using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// OpenTelemetry traces, metrics and logs. Our own instruments live under the <c>ExpenseTracker</c> prefix.
/// Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the AppHost sets it), and metrics are always
/// scrapable at <c>/metrics</c>.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The prefix of every ActivitySource and Meter the application defines.</summary>
    public const string InstrumentationPrefix = "ExpenseTracker";

    public static TBuilder AddTelemetryDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter($"{InstrumentationPrefix}.*")
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource($"{InstrumentationPrefix}.*")
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsInfrastructureEndpoint(context))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    private static bool IsInfrastructureEndpoint(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Extensions.HealthEndpointPath)
        || context.Request.Path.StartsWithSegments(Extensions.AlivenessEndpointPath)
        || context.Request.Path.StartsWithSegments(Extensions.MetricsEndpointPath);
}
