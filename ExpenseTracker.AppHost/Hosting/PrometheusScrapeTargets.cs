using System.Globalization;
using System.Text.Json;

namespace ExpenseTracker.AppHost.Hosting;

/// <summary>
/// Writes the file Prometheus reads to find the API's and worker's <c>/metrics</c> (file-based service discovery)
/// just before Prometheus starts, once their ports are known. Prometheus re-reads the file when it changes.
/// </summary>
internal sealed class PrometheusScrapeTargets(IResourceBuilder<IResource> prometheus, string targetsDirectory, string hostSeenByPrometheus)
{
    public const string FileName = "expensetracker.json";

    public IResource Prometheus => prometheus.Resource;

    public string TargetsDirectory => targetsDirectory;

    public void Scrape(params IResourceBuilder<IResourceWithEndpoints>[] services)
    {
        prometheus.ApplicationBuilder.Eventing.Subscribe<BeforeResourceStartedEvent>(prometheus.Resource, async (_, cancellationToken) =>
        {
            var groups = services.Select(service => new
            {
                targets = new[] { string.Create(CultureInfo.InvariantCulture, $"{hostSeenByPrometheus}:{service.GetEndpoint("http").Port}") },
                labels = new Dictionary<string, string> { ["service"] = service.Resource.Name },
            });
            Directory.CreateDirectory(targetsDirectory);
            await File.WriteAllTextAsync(
                Path.Combine(targetsDirectory, FileName),
                JsonSerializer.Serialize(groups, new JsonSerializerOptions { WriteIndented = true }),
                cancellationToken);
        });
    }
}
