using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// Serilog for every service: the console, a rolling JSON file in the data folder, and Seq when it is configured
/// (<c>ConnectionStrings:seq</c> or <c>Seq:ServerUrl</c>). Events also flow to OpenTelemetry's logger, so they reach
/// the OTLP endpoint with their trace and span ids.
/// </summary>
public static class LoggingExtensions
{
    private const string ConsoleTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}";

    public static TBuilder AddLoggingDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var configuration = builder.Configuration;
        var serviceName = builder.Environment.ApplicationName;
        var logDirectory = Path.Combine(DataDirectory.Resolve(configuration), "logs");
        var seqUrl = SeqServerUrl(configuration);

        // Serilog writes the console and files itself; the only other provider is OpenTelemetry's, added after this.
        builder.Logging.ClearProviders();

        builder.Services.AddSerilog(
            (services, logger) =>
            {
                // Defaults first, so that a Serilog section in configuration can change them.
                logger
                    .MinimumLevel.Information()
                    .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                    .MinimumLevel.Override("Microsoft.Extensions.Http", LogEventLevel.Warning)
                    .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
                    .MinimumLevel.Override("Polly", LogEventLevel.Warning)
                    // Data protection keys guard nothing of ours (tokens are signed with our own key); its notices are noise.
                    .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection", LogEventLevel.Error)
                    .ReadFrom.Configuration(configuration)
                    .Enrich.FromLogContext()
                    .Enrich.WithProperty("service", serviceName)
                    .Enrich.With<SecretRedactor>()
                    .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                    .WriteTo.File(
                        new CompactJsonFormatter(),
                        Path.Combine(logDirectory, $"{serviceName}-.log"),
                        rollingInterval: RollingInterval.Day,
                        fileSizeLimitBytes: 50 * 1024 * 1024,
                        rollOnFileSizeLimit: true,
                        retainedFileCountLimit: 14,
                        shared: true);
                if (seqUrl is not null)
                {
                    logger.WriteTo.Seq(seqUrl, apiKey: configuration["Seq:ApiKey"], formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                }
            },
            writeToProviders: true);
        return builder;
    }

    /// <summary>The Seq server, from the Aspire connection string or the Seq section; null when Seq is not used.</summary>
    public static string? SeqServerUrl(IConfiguration configuration) =>
        configuration.GetConnectionString(ResourceNames.Seq) is { Length: > 0 } connection ? connection
        : configuration["Seq:ServerUrl"] is { Length: > 0 } url ? url
        : null;
}
