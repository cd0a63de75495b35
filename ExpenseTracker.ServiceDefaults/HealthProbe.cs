using Microsoft.Extensions.Configuration;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// Lets a service's own executable check its health from inside its container: <c>ExpenseTracker.Api --health-probe</c>
/// asks the running instance's <c>/alive</c> and exits 0 (alive) or 1. Chiseled images carry no shell and no curl,
/// so a compose or orchestrator health check has nothing else to run.
/// </summary>
public static class HealthProbe
{
    public const string Argument = "--health-probe";

    private const string DefaultContainerPort = "8080";

    /// <summary>When the process was started as a probe, probes and exits; otherwise returns at once.</summary>
    public static void RunIfRequested(IConfiguration configuration)
    {
        if (Environment.GetCommandLineArgs().Contains(Argument, StringComparer.Ordinal))
        {
            Environment.Exit(Probe(configuration));
        }
    }

    private static int Probe(IConfiguration configuration)
    {
        var ports = configuration["HTTP_PORTS"] ?? configuration["ASPNETCORE_HTTP_PORTS"] ?? DefaultContainerPort;
        var port = ports.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? DefaultContainerPort;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = http.GetAsync(new Uri($"http://127.0.0.1:{port}{Extensions.AlivenessEndpointPath}")).GetAwaiter().GetResult();
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
