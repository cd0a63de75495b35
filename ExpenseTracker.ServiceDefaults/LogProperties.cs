using Serilog.Context;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// The names of the properties every service puts on its log events, and the way to attach them to everything
/// logged within a piece of work (a request, a message).
/// </summary>
public static class LogProperties
{
    public const string ServiceName = "ServiceName";
    public const string UserId = "UserId";
    public const string Route = "Route";

    /// <summary>Every event logged until the result is disposed carries <paramref name="userId"/>.</summary>
    public static IDisposable PushUserId(string userId) => LogContext.PushProperty(UserId, userId);
}
