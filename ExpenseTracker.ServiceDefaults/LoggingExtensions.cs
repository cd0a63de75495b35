using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Configuration;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// Serilog for every service: the console, a rolling JSON file in the data folder (one file a day, a new one past
/// 50 MiB, 14 kept; one file per process, see <see cref="LogFileSlot"/>), and Seq when it is configured
/// (<c>ConnectionStrings:seq</c> or <c>Seq:ServerUrl</c>). Every event carries the trace and span id current when it
/// was written (Serilog takes them from <see cref="System.Diagnostics.Activity.Current"/>; the file and Seq write them
/// as <c>@tr</c> and <c>@sp</c>), the service name, and the user id within a signed-in request or a user's message.
/// Events also flow to OpenTelemetry's logger, so they reach the OTLP endpoint. The console and the file are written
/// from a background queue, a batch at a time (<see cref="ConsoleAndFileLog"/>), so a request does not wait for its own
/// log line.
/// </summary>
public static class LoggingExtensions
{
    private const string ConsoleTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j} {TraceId}{NewLine}{Exception}";

    /// <summary>
    /// Framework categories logged from Warning up: ASP.NET Core's per-request lines (request starting/finished,
    /// endpoint executing) stay below it, since the request logging middleware writes one line per request instead;
    /// HTTP clients and Polly report every call at Information.
    /// </summary>
    public static readonly IReadOnlyList<string> CategoriesFromWarning = ["Microsoft.AspNetCore", "Microsoft.Extensions.Http", "System.Net.Http", "Polly"];

    public const long FileSizeLimitBytes = 50 * 1024 * 1024;
    public const int RetainedFileCount = 14;

    /// <summary>How long a line can wait in the file's buffer before it is on disk.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How the console and the file are fed: a line waits at most <c>BufferingTimeLimit</c> on the queue. Past
    /// <c>QueueLimit</c> waiting lines (a console nobody reads), further lines are dropped rather than the requests
    /// that log them held up or the process's memory filled.
    /// </summary>
    private static readonly BatchingOptions WriterBatching = new()
    {
        BatchSizeLimit = 1_000,
        BufferingTimeLimit = TimeSpan.FromMilliseconds(50),
        EagerlyEmitFirstEvent = true,
        QueueLimit = 100_000,
    };

    public static TBuilder AddLoggingDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var configuration = builder.Configuration;
        var serviceName = ServiceIdentity.Name(builder);
        var logDirectory = LogDirectory(configuration);
        var seqUrl = SeqServerUrl(configuration);

        // Serilog writes the console and files itself; the only other provider is OpenTelemetry's, added after this.
        builder.Logging.ClearProviders();

        // A factory registration, so the container releases the slot when it disposes the logger's host.
        builder.Services.AddSingleton(_ => LogFileSlot.Claim(logDirectory, serviceName));
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                var logFile = services.GetRequiredService<LogFileSlot>();
                // Defaults first, so that a Serilog section in configuration can change them.
                logger.MinimumLevel.Information();
                foreach (var category in CategoriesFromWarning)
                {
                    logger.MinimumLevel.Override(category, LogEventLevel.Warning);
                }

                logger
                    // Data protection keys guard nothing of ours (tokens are signed with our own key); its notices are noise.
                    .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection", LogEventLevel.Error)
                    .ReadFrom.Configuration(configuration)
                    .Enrich.FromLogContext()
                    .Enrich.WithProperty(LogProperties.ServiceName, serviceName)
                    .Enrich.With<SecretRedactor>()
                    // A request only queues its line: it is formatted and written with others on a background loop.
                    .WriteTo.Sink(
                        new ConsoleAndFileLog(
                            StandardOutput(),
                            new MessageTemplateTextFormatter(ConsoleTemplate, CultureInfo.InvariantCulture),
                            LoggerSinkConfiguration.CreateSink(to => to.File(
                                new CompactJsonFormatter(),
                                logFile.PathFormat,
                                rollingInterval: RollingInterval.Day,
                                fileSizeLimitBytes: FileSizeLimitBytes,
                                rollOnFileSizeLimit: true,
                                retainedFileCountLimit: RetainedFileCount,
                                // The file is this process's alone (LogFileSlot): lines are buffered and reach the
                                // disk within a second, not locked, appended and flushed one by one.
                                buffered: true,
                                flushToDiskInterval: FlushInterval))),
                        WriterBatching);
                if (seqUrl is not null)
                {
                    logger.WriteTo.Seq(seqUrl, apiKey: configuration["Seq:ApiKey"], formatProvider: CultureInfo.InvariantCulture);
                }
            },
            // Each host logs through its own logger, not the static one: hosts sharing a process (tests) stay apart.
            preserveStaticLogger: true,
            writeToProviders: true);
        return builder;
    }

    /// <summary>The process's standard output, written through a buffer this logger flushes after each batch.</summary>
    private static StreamWriter StandardOutput() =>
        new(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024) { AutoFlush = false };

    /// <summary>Where the rolling log files are: <c>logs</c> in the data folder, one file a day per service.</summary>
    public static string LogDirectory(IConfiguration configuration) => Path.Combine(DataDirectory.Resolve(configuration), "logs");

    /// <summary>The Seq server, from the Aspire connection string or the Seq section; null when Seq is not used.</summary>
    public static string? SeqServerUrl(IConfiguration configuration) =>
        configuration.GetConnectionString(ResourceNames.Seq) is { Length: > 0 } connection ? connection
        : configuration["Seq:ServerUrl"] is { Length: > 0 } url ? url
        : null;
}
