namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>The files of the infra folder the tests read: the Prometheus configuration and the Grafana dashboards.</summary>
public static class Repository
{
    public static string InfraFile(params string[] parts) => Checkout.Combine(["infra", .. parts]);

    public static IReadOnlyList<string> DashboardFiles() =>
        Directory.GetFiles(InfraFile("grafana", "dashboards"), "*.json").Order(StringComparer.Ordinal).ToList();
}
