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
/// OpenTelemetry traces, metrics and logs. Our own instruments live under the <c>ExpenseTracker</c> prefix
/// (<c>ExpenseTracker.Messaging</c>, <c>ExpenseTracker.Sqlite</c>, …), so a new
/// ActivitySource or Meter of that name is exported without touching this file. Exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the AppHost sets it), and metrics are always scrapable at <c>/metrics</c>.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The prefix of every ActivitySource and Meter the application defines.</summary>
    public const string InstrumentationPrefix = "ExpenseTracker";

    /// <summary>The Azure SDK (blob storage) writes its spans to ActivitySources named <c>Azure.*</c>, once switched on.</summary>
    public const string AzureSdkSources = "Azure.*";

    public const string AzureActivitySourceSwitch = "Azure.Experimental.EnableActivitySource";

    public static TBuilder AddTelemetryDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        // The Azure SDK keeps its ActivitySource behind an "experimental" switch; without it a blob call is invisible.
        AppContext.SetSwitch(AzureActivitySourceSwitch, true);

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceIdentity.Name(builder)))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter($"{InstrumentationPrefix}.*")
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource($"{InstrumentationPrefix}.*")
                .AddSource(AzureSdkSources)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsInfrastructureEndpoint(context))
                .AddHttpClientInstrumentation());

        // Redis, RabbitMQ and MongoDB spans are switched on by their client integrations (AddRedisClient, AddRabbitMQClient, AddMongoDBClient).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Health probes and metric scrapes: neither traced nor logged line by line.</summary>
    public static bool IsInfrastructureEndpoint(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Extensions.HealthEndpointPath)
        || context.Request.Path.StartsWithSegments(Extensions.AlivenessEndpointPath)
        || context.Request.Path.StartsWithSegments(Extensions.MetricsEndpointPath);
}
