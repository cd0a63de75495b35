using ExpenseTracker.Observability.Tests.Infrastructure;

namespace ExpenseTracker.Observability.Tests;

/// <summary>
/// The committed Grafana dashboards against a real Prometheus scraping the API and the worker after a burst of
/// traffic: no panel is empty because it asks for a metric the services do not export.
/// </summary>
[Collection(ObservedDeployment.Readers.Name)]
public sealed class DashboardTests(ObservedDeployment deployment)
{
    public static TheoryData<string, string, string> PanelQueries()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var query in GrafanaDashboards.Queries())
        {
            data.Add(query.Dashboard, query.Panel, query.RefId);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PanelQueries))]
    public async Task Every_panel_query_returns_a_series(string dashboard, string panel, string refId)
    {
        var query = GrafanaDashboards.Queries().Single(q => q.Dashboard == dashboard && q.Panel == panel && q.RefId == refId);
        var expression = GrafanaDashboards.Substitute(query.Expression);

        // Each metric on its own, so that a fallback ("or 0 * …") cannot hide a misspelt name.
        var exported = await deployment.Prometheus.MetricNamesAsync();
        Assert.All(GrafanaDashboards.MetricNames(expression), name => Assert.True(exported.Contains(name), $"{query}: Prometheus has no metric {name}."));

        await Eventually.ValueAsync(
            () => deployment.Prometheus.QueryAsync(expression),
            series => series.Any(one => double.IsFinite(one.Value)),
            $"{query}: {expression} returns a series with a value",
            TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void The_dashboards_are_ready_for_provisioning()
    {
        var files = Repository.DashboardFiles();
        Assert.NotEmpty(files);
        var uids = new HashSet<string>();
        foreach (var file in files)
        {
            var dashboard = GrafanaDashboards.Load(file);
            Assert.True(uids.Add(dashboard.GetProperty("uid").GetString()!), $"{file}: uid used twice");
            var variables = dashboard.GetProperty("templating").GetProperty("list").EnumerateArray().ToList();
            Assert.Contains(variables, variable => variable.GetProperty("type").GetString() == "datasource" && variable.GetProperty("query").GetString() == "prometheus");
            var panels = GrafanaDashboards.Panels(dashboard).ToList();
            Assert.Equal(panels.Count, panels.Select(panel => panel.GetProperty("id").GetInt32()).Distinct().Count());
            foreach (var panel in panels.Where(panel => panel.GetProperty("type").GetString() != "row"))
            {
                // Any Prometheus data source will do: the dashboards name none.
                Assert.Equal("${datasource}", panel.GetProperty("datasource").GetProperty("uid").GetString());
                Assert.Contains(panel.GetProperty("targets").EnumerateArray(), target => !string.IsNullOrWhiteSpace(target.GetProperty("expr").GetString()));
            }
        }

        // Grafana's provisioning layout: a file provider for the dashboards, a Prometheus data source.
        Assert.Contains(ProvisioningFiles("dashboards"), text => text.Contains("type: file", StringComparison.Ordinal));
        Assert.Contains(ProvisioningFiles("datasources"), text => text.Contains("type: prometheus", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prometheus_scrapes_every_service_of_the_committed_configuration()
    {
        string[] jobs = [ObservedDeployment.ApiJob, ObservedDeployment.WorkerJob];
        Assert.Subset(PrometheusConfiguration.JobNames().ToHashSet(), jobs.ToHashSet());
        foreach (var job in jobs)
        {
            var up = await deployment.Prometheus.QueryAsync($"up{{job=\"{job}\"}}");
            Assert.Equal(1, Assert.Single(up).Value);
        }

        // The dashboards' "Service" variable lists the jobs through target_info.
        var listed = await deployment.Prometheus.QueryAsync("group by (job) (target_info)");
        Assert.Equal(jobs, listed.Select(series => series.Labels["job"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_outbox_backlog_is_reported_by_the_worker_and_drains()
    {
        var pending = await Eventually.ValueAsync(
            () => deployment.Prometheus.QueryAsync("expensetracker_outbox_pending"),
            series => series.Count == 1 && series[0].Value == 0,
            what: "one process reporting an empty outbox");
        Assert.Equal(ObservedDeployment.WorkerJob, pending[0].Labels["job"]);
        var lag = await deployment.Prometheus.QueryAsync("sum(expensetracker_outbox_lag_seconds_count)");
        Assert.True(Assert.Single(lag).Value >= 5, "every event of the burst went through the outbox");
    }

    [Fact]
    public async Task The_business_counters_count_what_users_did()
    {
        var recorded = await deployment.Prometheus.QueryAsync("sum by (source) (expensetracker_expenses_recorded_total)");
        Assert.True(recorded.Single(series => series.Labels["source"] == "api").Value >= 3);
        Assert.True(recorded.Single(series => series.Labels["source"] == "recurring").Value >= 1);

        var alerts = await deployment.Prometheus.QueryAsync("sum by (threshold) (expensetracker_notifications_raised_total)");
        Assert.Equal(["100", "80"], alerts.Select(series => series.Labels["threshold"]).Order(StringComparer.Ordinal));

        var cache = await deployment.Prometheus.QueryAsync("sum by (result) (expensetracker_cache_requests_total)");
        Assert.All(["hit", "miss"], result => Assert.True(cache.Single(series => series.Labels["result"] == result).Value >= 1));

        var deadLettered = await deployment.Prometheus.QueryAsync("sum by (consumer, job) (expensetracker_consumer_dead_lettered_total)");
        var parked = Assert.Single(deadLettered);
        Assert.Equal("budget-alerts", parked.Labels["consumer"]);
        Assert.Equal(ObservedDeployment.WorkerJob, parked.Labels["job"]);
    }

    private static IEnumerable<string> ProvisioningFiles(string kind) =>
        Directory.GetFiles(Repository.InfraFile("grafana", "provisioning", kind))
            .Where(file => file.EndsWith(".yml", StringComparison.Ordinal) || file.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(File.ReadAllText);
}
