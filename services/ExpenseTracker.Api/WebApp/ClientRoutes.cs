using ExpenseTracker.Api.Endpoints;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.Api.WebApp;

/// <summary>Which paths belong to the web app's own router (<c>/expenses/123</c>) rather than to the server.</summary>
public static class ClientRoutes
{
    /// <summary>First path segments the server answers itself: an unknown path under them is a 404, never the web app.</summary>
    public static readonly IReadOnlyList<string> ServerPrefixes =
    [
        ApiEndpoints.Prefix.Split('/', StringSplitOptions.RemoveEmptyEntries)[0],
        Extensions.HealthEndpointPath.TrimStart('/'),
        Extensions.AlivenessEndpointPath.TrimStart('/'),
        Extensions.MetricsEndpointPath.TrimStart('/'),
        "openapi",
        ApiDocumentationExtensions.ReferencePath.TrimStart('/'),
        "hubs",
    ];

    /// <summary>True for a page of the web app: not under a server prefix, and not a file name (a missing file stays 404).</summary>
    public static bool IsClientRoute(PathString path)
    {
        var value = path.Value ?? "/";
        var segments = value.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return true;
        }

        return !ServerPrefixes.Contains(segments[0], StringComparer.OrdinalIgnoreCase) && !segments[^1].Contains('.', StringComparison.Ordinal);
    }
}
