using ExpenseTracker.LocalServers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.AppHost;

internal static partial class WebAppResource
{
    /// <summary>
    /// The web app's Vite dev server (<c>npm run dev</c> in frontends/web), proxying /api and /hubs to the API it is
    /// given through service discovery (<c>services__api__http__0</c>). Its <c>predev</c> script runs <c>npm ci</c> when
    /// node_modules is missing. Left out, with a log line, when there is no npm or no frontends/web to run.
    /// </summary>
    public static IDistributedApplicationBuilder AddWebApp(this IDistributedApplicationBuilder builder, string name, IResourceBuilder<ProjectResource> api)
    {
        var folder = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "frontends", "web"));
        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        if (!File.Exists(Path.Combine(folder, "package.json")) || !Executables.Has(npm))
        {
            builder.Eventing.Subscribe<BeforeStartEvent>((started, _) =>
            {
                LogWebAppLeftOut(started.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ExpenseTracker.AppHost"), folder);
                return Task.CompletedTask;
            });
            return builder;
        }

        builder.AddExecutable(name, npm, folder, "run", "dev")
            .WithReference(api)
            .WaitFor(api)
            .WithHttpEndpoint(env: "PORT")
            .WithExternalHttpEndpoints()
            .WithUrlForEndpoint("http", url => url.DisplayText = "Web app")
            // Published, the API image serves the built web app itself (see the API's PublishWebApp target).
            .ExcludeFromManifest();
        return builder;
    }

    [LoggerMessage(LogLevel.Warning, "The web app's dev server is left out: npm is not on the PATH or {Folder} has no package.json. The API still serves a built web app (see README).")]
    private static partial void LogWebAppLeftOut(ILogger logger, string folder);
}
