using System.Globalization;
using ExpenseTracker.AppHost.Containers;
using ExpenseTracker.AppHost.Hosting;
using ExpenseTracker.LocalServers;
using ExpenseTracker.LocalServers.Commands;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.AppHost.LocalProcesses;

/// <summary>
/// prometheus as a local process with the repository's configuration, its targets folder moved from the container
/// path to one under the data folder.
/// </summary>
internal static class LocalPrometheus
{
    public static void AddLocalPrometheus(this IDistributedApplicationBuilder builder, AppHostSettings settings, InfraFiles infra, BackingServices services)
    {
        if (PrometheusCommand.Find() is not { } command)
        {
            services.Choose(ResourceNames.Prometheus,
                "not started; the Aspire dashboard shows metrics and /metrics stays scrapable (prometheus not found: install Prometheus, e.g. `apt-get install prometheus` or `brew install prometheus`, or start a container runtime)");
            return;
        }

        var port = FreePort.Next();
        var portText = port.ToString(CultureInfo.InvariantCulture);
        var directory = settings.ServerDirectory(ResourceNames.Prometheus);
        var targetsDirectory = Path.Combine(directory, "targets");
        Directory.CreateDirectory(targetsDirectory);
        var configFile = Path.Combine(directory, "prometheus.yml");
        File.WriteAllText(configFile, File.ReadAllText(infra.PrometheusConfig)
            .Replace(ObservabilityContainerExtensions.PrometheusTargetsPath, targetsDirectory.Replace('\\', '/'), StringComparison.Ordinal));

        var prometheus = builder.AddExecutable(ResourceNames.Prometheus, command, directory)
            .WithServerCommand(PrometheusCommand.Create(command, configFile, Path.Combine(directory, "data"), port))
            .WithEndpoint(port: port, targetPort: port, scheme: "http", name: "http", isProxied: false)
            .WithUrlForEndpoint("http", url => url.DisplayText = "Prometheus (metrics)")
            .WithIconName("ChartMultiple")
            .WithHttpHealthCheck("/-/ready")
            .ExcludeFromManifest();
        services.ScrapeTargets = new PrometheusScrapeTargets(prometheus, targetsDirectory, "127.0.0.1");
        services.Choose(ResourceNames.Prometheus, $"Prometheus ({command}) on http://127.0.0.1:{portText}, data in {directory}");
    }
}
