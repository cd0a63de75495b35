using ExpenseTracker.AppHost.Hosting;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.AppHost.LocalProcesses;

/// <summary>
/// Without a container runtime: each backing service runs as a local process where its server is installed, on
/// free loopback ports with its data under the AppHost's data folder; a missing one leaves its connection string
/// unset, so the application uses the embedded equivalent. Stopping the AppHost stops them all.
/// </summary>
internal static class LocalProcessBackingServices
{
    public static BackingServices AddLocalProcessBackingServices(this IDistributedApplicationBuilder builder, AppHostSettings settings, InfraFiles infra)
    {
        var services = new BackingServices();
        builder.AddLocalMongoDb(settings, services);
        builder.AddLocalRedis(settings, services);
        builder.AddLocalRabbitMq(settings, services);
        builder.AddLocalAzurite(settings, services);
        services.Choose(ResourceNames.Seq,
            "console and rolling log files only (Seq runs only as a container: start a container runtime, or set ConnectionStrings:seq to a Seq server)");
        builder.AddLocalPrometheus(settings, infra, services);
        services.Choose(ResourceNames.Grafana,
            "not started; the Aspire dashboard shows metrics (Grafana runs only as a container: start a container runtime)");
        return services;
    }
}
