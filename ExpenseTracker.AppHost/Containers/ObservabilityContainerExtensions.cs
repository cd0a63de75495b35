using ExpenseTracker.AppHost.Hosting;

namespace ExpenseTracker.AppHost.Containers;

/// <summary>Seq (logs), Prometheus (metrics) and Grafana (dashboards) as containers with pinned tags.</summary>
internal static class ObservabilityContainerExtensions
{
    public const string SeqImage = "datalust/seq";
    public const string SeqTag = "2025.2";
    public const string PrometheusImage = "prom/prometheus";
    public const string PrometheusTag = "v3.5.0";
    public const string GrafanaImage = "grafana/grafana";
    public const string GrafanaTag = "12.1.1";

    /// <summary>The ports a Docker host publishes for the log and dashboard UIs.</summary>
    public const int SeqPublishedPort = 5341;
    public const int GrafanaPublishedPort = 3000;

    /// <summary>Where Prometheus reads the file naming what to scrape (see infra/prometheus/prometheus.yml).</summary>
    public const string PrometheusTargetsPath = "/etc/prometheus/targets";

    public static IResourceBuilder<SeqResource> AddSeq(this IDistributedApplicationBuilder builder, string name)
    {
        var adminPassword = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-admin-password", special: false);
        return builder.AddResource(new SeqResource(name, adminPassword))
            .WithImage(SeqImage, SeqTag)
            .WithImageRegistry("docker.io")
            .WithIconName("DocumentText")
            .WithHttpEndpoint(port: PublishedPort(builder, SeqPublishedPort), targetPort: SeqResource.HttpPort, name: SeqResource.HttpEndpointName)
            .WithExternalHttpEndpoints()
            .WithEnvironment("ACCEPT_EULA", "Y")
            .WithEnvironment("SEQ_FIRSTRUN_ADMINPASSWORD", adminPassword)
            .WithDataVolumeAt("/data")
            .WithHttpHealthCheck("/health")
            .WithUrlForEndpoint(SeqResource.HttpEndpointName, url => url.DisplayText = "Seq (logs)")
            .WithContainerHealthCheck(TimeSpan.FromSeconds(20), "CMD-SHELL", "bash -c 'exec 3<>/dev/tcp/127.0.0.1/80'");
    }

    /// <summary>
    /// Prometheus with the repository's configuration; <paramref name="targetsDirectory"/> holds the file that names
    /// the API and worker endpoints to scrape (written by the AppHost when it runs, committed for compose).
    /// </summary>
    public static IResourceBuilder<ContainerResource> AddPrometheus(
        this IDistributedApplicationBuilder builder, string name, InfraFiles infra, string targetsDirectory) =>
        builder.AddContainer(name, PrometheusImage, PrometheusTag)
            .WithImageRegistry("docker.io")
            .WithIconName("ChartMultiple")
            .WithHttpEndpoint(port: null, targetPort: 9090, name: "http")
            .WithBindMount(infra.PrometheusConfig, "/etc/prometheus/prometheus.yml", isReadOnly: true)
            .WithBindMount(targetsDirectory, PrometheusTargetsPath, isReadOnly: true)
            .WithDataVolumeAt("/prometheus")
            .WithHttpHealthCheck("/-/ready")
            .WithUrlForEndpoint("http", url => url.DisplayText = "Prometheus (metrics)")
            .WithContainerHealthCheck(TimeSpan.FromSeconds(10), "CMD", "wget", "-q", "--spider", "http://127.0.0.1:9090/-/ready");

    /// <summary>Grafana provisioned from the repository with Prometheus as its data source and the dashboards folder.</summary>
    public static IResourceBuilder<ContainerResource> AddGrafana(
        this IDistributedApplicationBuilder builder, string name, InfraFiles infra, IResourceBuilder<ContainerResource> prometheus)
    {
        var adminPassword = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-admin-password", special: false);
        return builder.AddContainer(name, GrafanaImage, GrafanaTag)
            .WithImageRegistry("docker.io")
            .WithIconName("DataArea")
            .WithHttpEndpoint(port: PublishedPort(builder, GrafanaPublishedPort), targetPort: 3000, name: "http")
            .WithExternalHttpEndpoints()
            .WithEnvironment("GF_SECURITY_ADMIN_USER", "admin")
            .WithEnvironment("GF_SECURITY_ADMIN_PASSWORD", builder.CreateResourceBuilder(adminPassword))
            .WithEnvironment("PROMETHEUS_URL", prometheus.GetEndpoint("http"))
            .WithBindMount(infra.GrafanaProvisioning, "/etc/grafana/provisioning", isReadOnly: true)
            .WithBindMount(infra.GrafanaDashboards, "/var/lib/grafana/dashboards", isReadOnly: true)
            .WithDataVolumeAt("/var/lib/grafana")
            .WithHttpHealthCheck("/api/health")
            .WithUrlForEndpoint("http", url => url.DisplayText = "Grafana (dashboards)")
            .WithContainerHealthCheck(TimeSpan.FromSeconds(20), "CMD", "wget", "-q", "--spider", "http://127.0.0.1:3000/api/health")
            .WaitFor(prometheus);
    }

    // When running, Aspire picks free ports; a published deployment needs ports people can remember.
    private static int? PublishedPort(IDistributedApplicationBuilder builder, int port) =>
        builder.ExecutionContext.IsPublishMode ? port : null;
}
