namespace ExpenseTracker.AppHost.Hosting;

/// <summary>The repository's infra/ folder: configuration that containers mount and that compose ships.</summary>
internal sealed record InfraFiles(string Root)
{
    public static InfraFiles Beside(IDistributedApplicationBuilder builder) =>
        new(Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "infra")));

    public string PrometheusConfig => Path.Combine(Root, "prometheus", "prometheus.yml");

    /// <summary>The scrape targets of the compose deployment, where services reach each other by name.</summary>
    public string PrometheusComposeTargets => Path.Combine(Root, "prometheus", "targets");

    public string GrafanaProvisioning => Path.Combine(Root, "grafana", "provisioning");

    public string GrafanaDashboards => Path.Combine(Root, "grafana", "dashboards");

    public string ComposeDirectory => Path.Combine(Root, "compose");
}
