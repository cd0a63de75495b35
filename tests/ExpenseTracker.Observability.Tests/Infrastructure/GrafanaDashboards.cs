using System.Text.Json;
using System.Text.RegularExpressions;

namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>The queries of the committed Grafana dashboards, and what Grafana would send Prometheus for them.</summary>
public static partial class GrafanaDashboards
{
    /// <summary>One query of one panel.</summary>
    public sealed record PanelQuery(string Dashboard, string Panel, string RefId, string Expression)
    {
        public override string ToString() => $"{Dashboard} / {Panel} / {RefId}";
    }

    public static IReadOnlyList<PanelQuery> Queries() =>
        Repository.DashboardFiles().SelectMany(QueriesOf).ToList();

    public static IEnumerable<JsonElement> Panels(JsonElement dashboard) =>
        dashboard.GetProperty("panels").EnumerateArray()
            .SelectMany(panel => panel.TryGetProperty("panels", out var nested) ? nested.EnumerateArray().Prepend(panel) : [panel]);

    public static JsonElement Load(string file) => JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone();

    /// <summary>
    /// The expression as Grafana would send it for a view of the test run: every service selected (the <c>job</c>
    /// variable's "All" value), and rate windows and a time range wide enough to cover the burst of traffic however
    /// long the tests before this one took.
    /// </summary>
    public static string Substitute(string expression)
    {
        var substituted = expression
            .Replace("${__rate_interval}", "10m", StringComparison.Ordinal)
            .Replace("$__rate_interval", "10m", StringComparison.Ordinal)
            .Replace("${__range}", "15m", StringComparison.Ordinal)
            .Replace("$__range", "15m", StringComparison.Ordinal)
            .Replace("${__interval}", "15s", StringComparison.Ordinal)
            .Replace("$__interval", "15s", StringComparison.Ordinal)
            .Replace("${job}", ".+", StringComparison.Ordinal)
            .Replace("$job", ".+", StringComparison.Ordinal);
        return Variable().IsMatch(substituted)
            ? throw new InvalidOperationException($"A dashboard variable the test does not know is left in: {substituted}")
            : substituted;
    }

    /// <summary>The metric names a query selects (every selector here has a label matcher: <c>name{…}</c>).</summary>
    public static IReadOnlyList<string> MetricNames(string expression) =>
        Selector().Matches(expression).Select(match => match.Groups["name"].Value).Distinct().ToList();

    private static IEnumerable<PanelQuery> QueriesOf(string file)
    {
        var dashboard = Load(file);
        var title = dashboard.GetProperty("title").GetString()!;
        foreach (var panel in Panels(dashboard).Where(panel => panel.GetProperty("type").GetString() != "row"))
        {
            foreach (var target in panel.GetProperty("targets").EnumerateArray())
            {
                yield return new PanelQuery(title, panel.GetProperty("title").GetString()!, target.GetProperty("refId").GetString()!, target.GetProperty("expr").GetString()!);
            }
        }
    }

    [GeneratedRegex(@"\$\{?[A-Za-z_]+")]
    private static partial Regex Variable();

    [GeneratedRegex(@"(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)\{")]
    private static partial Regex Selector();
}
