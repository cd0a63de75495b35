using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// One log line per request, written when it completes: method, path (never the query string, which can carry a
/// SignalR access token), route, status, duration and the signed-in user. ASP.NET Core's own per-request lines stay
/// below the minimum level (see <see cref="LoggingExtensions"/>).
/// </summary>
public static class RequestLoggingExtensions
{
    public const string MessageTemplate = "HTTP {RequestMethod} {RequestPath} answered {StatusCode} in {Elapsed:0.0} ms";

    /// <summary>Put first in the pipeline, so that the line sees the final status code of every request.</summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger: each host has one (LoggingExtensions), the static one stays silent.
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = MessageTemplate;
            options.IncludeQueryInRequestPath = false;
            options.GetLevel = LevelOf;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                if (context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } route })
                {
                    diagnostics.Set(LogProperties.Route, route);
                }
            };
        });

    /// <summary>
    /// After authentication: everything logged while the request runs, its request line included, carries the user
    /// id, and so does the request's span (<c>enduser.id</c>).
    /// </summary>
    public static IApplicationBuilder UseUserLogContext(this IApplicationBuilder app, Func<HttpContext, string?> userIdOf) =>
        app.Use(async (context, next) =>
        {
            if (userIdOf(context) is not { Length: > 0 } userId)
            {
                await next(context);
                return;
            }

            context.RequestServices.GetService<IDiagnosticContext>()?.Set(LogProperties.UserId, userId);
            Activity.Current?.SetTag("enduser.id", userId);
            using (LogProperties.PushUserId(userId))
            {
                await next(context);
            }
        });

    /// <summary>Failures are errors; probes and scrapes are not worth a line each; everything else is information.</summary>
    private static LogEventLevel LevelOf(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : TelemetryExtensions.IsInfrastructureEndpoint(context) ? LogEventLevel.Verbose
        : LogEventLevel.Information;
}
