using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ExpenseTracker.Api.Notifications;

/// <summary>
/// Live notifications for signed-in clients at <c>/hubs/notifications</c>. The bearer token goes in the
/// <c>access_token</c> query string (browsers cannot set headers on WebSockets). Clients only listen: the server
/// calls <c>notification</c> with a NotificationResponse.
/// </summary>
[Authorize]
public sealed class NotificationsHub : Hub
{
    public const string Path = "/hubs/notifications";
    public const string NotificationMethod = "notification";
}
