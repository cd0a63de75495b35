using YamlDotNet.RepresentationModel;

namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>
/// The committed <c>infra/prometheus/prometheus.yml</c>, pointed at the processes under test: same jobs and metrics
/// paths, each job's targets replaced, and a one-second scrape interval.
/// </summary>
public static class PrometheusConfiguration
{
    public static string Path => Repository.InfraFile("prometheus", "prometheus.yml");

    public static IReadOnlyList<string> JobNames()
    {
        var root = Load();
        return ScrapeConfigs(root).Select(JobName).ToList();
    }

    public static string ForTargets(IReadOnlyDictionary<string, Uri> targetsByJob)
    {
        var root = Load();
        var global = (YamlMappingNode)root.Children[new YamlScalarNode("global")];
        global.Children[new YamlScalarNode("scrape_interval")] = new YamlScalarNode("1s");
        global.Children[new YamlScalarNode("evaluation_interval")] = new YamlScalarNode("1s");
        foreach (var job in ScrapeConfigs(root))
        {
            var name = JobName(job);
            if (!targetsByJob.TryGetValue(name, out var target))
            {
                throw new InvalidOperationException($"prometheus.yml scrapes a job '{name}' that the test does not run.");
            }

            job.Children[new YamlScalarNode("static_configs")] = new YamlSequenceNode(
                new YamlMappingNode(new YamlScalarNode("targets"), new YamlSequenceNode(new YamlScalarNode(target.Authority))));
        }

        var missing = targetsByJob.Keys.Except(ScrapeConfigs(root).Select(JobName)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"prometheus.yml does not scrape {string.Join(", ", missing)}.");
        }

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
