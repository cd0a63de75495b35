using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.AppHost.Hosting;

/// <summary>Says at start how the backing services run and, one line each, what every service became.</summary>
internal static partial class HostingAnnouncements
{
    public static void AnnounceBackingServices(this IDistributedApplicationBuilder builder, HostingMode mode, BackingServices backing)
    {
        if (!builder.ExecutionContext.IsRunMode)
        {
            return;
        }

        builder.Eventing.Subscribe<BeforeStartEvent>((start, _) =>
        {
            var logger = start.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ExpenseTracker.AppHost");
            LogMode(logger, mode.UseContainers ? "containers" : "local processes", mode.Reason);
            foreach (var choice in backing.Choices)
            {
                LogChoice(logger, choice.Service, choice.Choice);
            }

            return Task.CompletedTask;
        });
    }

    [LoggerMessage(LogLevel.Information, "Backing services run as {Mode}: {Reason}.")]
    private static partial void LogMode(ILogger logger, string mode, string reason);

    [LoggerMessage(LogLevel.Information, "{Service}: {Choice}")]
    private static partial void LogChoice(ILogger logger, string service, string choice);
}
