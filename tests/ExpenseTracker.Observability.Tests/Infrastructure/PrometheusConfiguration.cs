using YamlDotNet.RepresentationModel;

namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>
/// The committed <c>infra/prometheus/prometheus.yml</c>, pointed at the processes under test: the same job names and
/// metrics paths, each job's targets replaced, a one-second scrape interval. Jobs of other things than our services
/// (Prometheus scraping itself, a broker's exporter) are left out: the test runs only the API and the worker.
/// </summary>
public static class PrometheusConfiguration
{
    public static string Path => Repository.InfraFile("prometheus", "prometheus.yml");

    public static IReadOnlyList<string> JobNames() => ScrapeConfigs(Load()).Select(JobName).ToList();

    public static string ForTargets(IReadOnlyDictionary<string, Uri> targetsByJob)
    {
        var root = Load();
        var global = root.Children.TryGetValue(new YamlScalarNode("global"), out var node) ? (YamlMappingNode)node : new YamlMappingNode();
        global.Children[new YamlScalarNode("scrape_interval")] = new YamlScalarNode("1s");
        global.Children[new YamlScalarNode("evaluation_interval")] = new YamlScalarNode("1s");
        root.Children[new YamlScalarNode("global")] = global;

        var jobs = new YamlSequenceNode();
        foreach (var job in ScrapeConfigs(root).Where(job => targetsByJob.ContainsKey(JobName(job))))
        {
            job.Children.Remove(new YamlScalarNode("file_sd_configs"));
            job.Children[new YamlScalarNode("static_configs")] = new YamlSequenceNode(
                new YamlMappingNode(new YamlScalarNode("targets"), new YamlSequenceNode(new YamlScalarNode(targetsByJob[JobName(job)].Authority))));
            jobs.Add(job);
        }

        var missing = targetsByJob.Keys.Except(jobs.Children.Cast<YamlMappingNode>().Select(JobName)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"prometheus.yml does not scrape {string.Join(", ", missing)}.");
        }

        root.Children[new YamlScalarNode("scrape_configs")] = jobs;
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> ScrapeConfigs(YamlMappingNode root) =>
        ((YamlSequenceNode)root.Children[new YamlScalarNode("scrape_configs")]).Children.Cast<YamlMappingNode>();

    private static string JobName(YamlMappingNode job) => ((YamlScalarNode)job.Children[new YamlScalarNode("job_name")]).Value!;
}
