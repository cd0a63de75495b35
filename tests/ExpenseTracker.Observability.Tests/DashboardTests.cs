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

        await ExplainedAsync(
            () => Eventually.ValueAsync(
                () => deployment.Prometheus.QueryAsync(expression),
                series => series.Any(one => double.IsFinite(one.Value)),
                $"{query}: {expression} returns a series with a value",
                TimeSpan.FromSeconds(20)),
            expression);
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

        // A scrape that outlasts its one-second timeout on a busy machine reads as down until the next one: each
        // service must be seen up, not up at one chosen instant.
        foreach (var job in jobs)
        {
            await ExplainedAsync(() => Eventually.ValueAsync(
                () => deployment.Prometheus.QueryAsync($"up{{job=\"{job}\"}}"),
                up => up.Count == 1 && up[0].Value == 1,
                what: $"Prometheus scraping {job}"));
        }

        // The dashboards' "Service" variable lists the jobs through target_info.
        await Eventually.ValueAsync(
            () => deployment.Prometheus.QueryAsync("group by (job) (last_over_time(target_info[1m]))"),
            listed => listed.Select(series => series.Labels["job"]).Order(StringComparer.Ordinal).SequenceEqual(jobs),
            what: "target_info of both services");
    }

    [Fact]
    public async Task The_outbox_backlog_is_reported_by_the_worker_and_drains()
    {
        var pending = await Eventually.ValueAsync(
            () => deployment.Prometheus.QueryAsync("expensetracker_outbox_pending"),
            series => series.Count == 1 && series[0].Value == 0,
            what: "one process reporting an empty outbox");
        Assert.Equal(ObservedDeployment.WorkerJob, pending[0].Labels["job"]);
        var lag = await deployment.Prometheus.QueryAsync(LatestSum("expensetracker_outbox_lag_seconds_count"));
        Assert.True(Assert.Single(lag).Value >= 5, "every event of the burst went through the outbox");
    }

    [Fact]
    public async Task The_business_counters_count_what_users_did()
    {
        var recorded = await deployment.Prometheus.QueryAsync(LatestSum("expensetracker_expenses_recorded_total", "source"));
        Assert.True(recorded.Single(series => series.Labels["source"] == "api").Value >= 3);
        Assert.True(recorded.Single(series => series.Labels["source"] == "recurring").Value >= 1);

        var alerts = await deployment.Prometheus.QueryAsync(LatestSum("expensetracker_notifications_raised_total", "threshold"));
        Assert.Equal(["100", "80"], alerts.Select(series => series.Labels["threshold"]).Order(StringComparer.Ordinal));

        var cache = await deployment.Prometheus.QueryAsync(LatestSum("expensetracker_cache_requests_total", "result"));
        Assert.All(["hit", "miss"], result => Assert.True(cache.Single(series => series.Labels["result"] == result).Value >= 1));

        var deadLettered = await deployment.Prometheus.QueryAsync(LatestSum("expensetracker_consumer_dead_lettered_total", "consumer, job"));
        var parked = Assert.Single(deadLettered);
        Assert.Equal("budget-alerts", parked.Labels["consumer"]);
        Assert.Equal(ObservedDeployment.WorkerJob, parked.Labels["job"]);
    }

    /// <summary>
    /// A failed check, told with what Prometheus knows: how each scrape target fares, and how many samples it holds of
    /// every series of each metric the expression reads.
    /// </summary>
    private async Task ExplainedAsync(Func<Task> check, string? expression = null)
    {
        try
        {
            await check();
        }
        catch (Xunit.Sdk.XunitException failure)
        {
            var explanation = new List<string> { failure.Message, $"targets: {await deployment.Prometheus.TargetsAsync()}" };
            foreach (var name in expression is null ? [] : GrafanaDashboards.MetricNames(expression))
            {
                explanation.Add($"samples of {name} in 10 min: [{string.Join(", ", await deployment.Prometheus.QueryAsync($"count_over_time({name}[10m])"))}]");
            }

            throw new Xunit.Sdk.XunitException(string.Join('\n', explanation));
        }
    }

    /// <summary>
    /// The sum of a counter's latest samples. A scrape that times out marks the series stale until the next one, so
    /// an instant query could find nothing; over a window, the newest real sample of a counter is its largest.
    /// </summary>
    private static string LatestSum(string counter, string? by = null) =>
        by is null ? $"sum(max_over_time({counter}[5m]))" : $"sum by ({by}) (max_over_time({counter}[5m]))";

    private static IEnumerable<string> ProvisioningFiles(string kind) =>
        Directory.GetFiles(Repository.InfraFile("grafana", "provisioning", kind))
            .Where(file => file.EndsWith(".yml", StringComparison.Ordinal) || file.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(File.ReadAllText);
}
