using Microsoft.Extensions.Hosting;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// The name a service gives itself in logs, traces and metrics: <c>OTEL_SERVICE_NAME</c> when set (the AppHost sets
/// it to the resource name), else the application's name. One name, so a log line and its trace are found together.
/// </summary>
public static class ServiceIdentity
{
    public const string ServiceNameVariable = "OTEL_SERVICE_NAME";

    public static string Name(IHostApplicationBuilder builder) =>
        builder.Configuration[ServiceNameVariable] is { Length: > 0 } configured ? configured : builder.Environment.ApplicationName;
}
