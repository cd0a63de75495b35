using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.AppHost;

internal static partial class StartupAnnouncements
{
    /// <summary>Once the API is ready, says in the console where it and its API page are.</summary>
    public static void AnnounceWhereThingsAre(this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> api)
    {
        builder.Eventing.Subscribe<ResourceReadyEvent>(api.Resource, (ready, _) =>
        {
            var logger = ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ExpenseTracker.AppHost");
            var http = api.GetEndpoint("http");
            LogApiReady(logger, http.Url);
            return Task.CompletedTask;
        });
    }

    [LoggerMessage(LogLevel.Information,
        "ExpenseTracker API is ready at {Url} (API page: {Url}/api-docs). Sign in locally with POST {Url}/api/v1/dev/token {{\"user\":\"you\"}}.")]
    private static partial void LogApiReady(ILogger logger, string url);
}
