using ExpenseTracker.Application.Notifications;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace ExpenseTracker.Api.Notifications;

/// <summary>
/// Sends a notification to every connection of its user. With the Redis backplane, the connections on other API
/// processes get it too, so whichever process handles the event can push.
/// </summary>
public sealed class SignalRNotificationPusher(IHubContext<NotificationsHub> hub) : INotificationPusher
{
    public Task PushAsync(string userId, NotificationResponse notification, CancellationToken cancellationToken) =>
        hub.Clients.User(userId).SendAsync(NotificationsHub.NotificationMethod, notification, cancellationToken);
}
