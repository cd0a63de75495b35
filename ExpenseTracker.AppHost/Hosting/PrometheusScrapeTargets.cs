using System.Globalization;
using System.Text.Json;

namespace ExpenseTracker.AppHost.Hosting;

/// <summary>
/// Writes the files Prometheus reads to find each service's <c>/metrics</c> (file-based service discovery, one file per
/// scrape job, named after the service: infra/prometheus/prometheus.yml) just before Prometheus starts, once their
/// ports are known. Prometheus re-reads a file when it changes.
/// </summary>
internal sealed class PrometheusScrapeTargets(IResourceBuilder<IResource> prometheus, string targetsDirectory, string hostSeenByPrometheus)
{
    public IResource Prometheus => prometheus.Resource;

    public string TargetsDirectory => targetsDirectory;

    public void Scrape(params IResourceBuilder<IResourceWithEndpoints>[] services)
    {
        prometheus.ApplicationBuilder.Eventing.Subscribe<BeforeResourceStartedEvent>(prometheus.Resource, async (_, cancellationToken) =>
        {
            Directory.CreateDirectory(targetsDirectory);
            foreach (var service in services)
            {
                var group = new[] { new { targets = new[] { string.Create(CultureInfo.InvariantCulture, $"{hostSeenByPrometheus}:{service.GetEndpoint("http").Port}") } } };
                await File.WriteAllTextAsync(
                    Path.Combine(targetsDirectory, $"{service.Resource.Name}.json"),
                    JsonSerializer.Serialize(group, new JsonSerializerOptions { WriteIndented = true }),
                    cancellationToken);
            }
        });
    }
}
