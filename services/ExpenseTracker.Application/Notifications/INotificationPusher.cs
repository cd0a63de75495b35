using ExpenseTracker.Contracts;

namespace ExpenseTracker.Application.Notifications;

/// <summary>Tells a user's signed-in clients about a notification as it happens.</summary>
public interface INotificationPusher
{
    Task PushAsync(string userId, NotificationResponse notification, CancellationToken cancellationToken);
}
