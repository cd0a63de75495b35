using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExpenseTracker.AppHost.Hosting;

/// <summary>Healthy when the endpoint accepts a TCP connection: enough for servers that open their port once ready.</summary>
internal sealed class TcpHealthCheck(EndpointReference endpoint) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!endpoint.IsAllocated)
        {
            return HealthCheckResult.Unhealthy($"{endpoint.Resource.Name} has no address yet");
        }

        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException exception)
        {
            return HealthCheckResult.Unhealthy($"nothing accepts connections on {endpoint.Host}:{endpoint.Port}", exception);
        }
    }
}

internal static class TcpHealthCheckExtensions
{
    public static IResourceBuilder<T> WithTcpHealthCheckOnEndpoint<T>(this IResourceBuilder<T> builder, string endpointName)
        where T : IResourceWithEndpoints
    {
        var key = $"{builder.Resource.Name}_{endpointName}_check";
        var endpoint = builder.GetEndpoint(endpointName);
        builder.ApplicationBuilder.Services.AddHealthChecks()
            .Add(new HealthCheckRegistration(key, _ => new TcpHealthCheck(endpoint), failureStatus: null, tags: null));
        return builder.WithHealthCheck(key);
    }
}
