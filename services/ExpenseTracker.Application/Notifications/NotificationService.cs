using ExpenseTracker.Application.Common;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Notifications;

namespace ExpenseTracker.Application.Notifications;

public sealed class NotificationService(INotificationStore notifications, TimeProvider clock)
{
    /// <summary>The most a list answers: alerts are a few per category and month, so this is years of them.</summary>
    public const int MaxListed = 500;

    public async Task<IReadOnlyList<NotificationResponse>> ListAsync(string userId, CancellationToken cancellationToken) =>
        (await notifications.ListAsync(userId, MaxListed, cancellationToken)).Select(ToResponse).ToList();

    public async Task<Result<NotificationResponse>> MarkReadAsync(string userId, Guid id, CancellationToken cancellationToken) =>
        await notifications.MarkReadAsync(userId, id, clock.GetUtcNow(), cancellationToken) is { } notification
            ? ToResponse(notification)
            : Error.NotFound("Notification");

    public static NotificationResponse ToResponse(Notification notification) => new(
        notification.Id,
        notification.Kind,
        notification.Title,
        notification.Message,
        notification.CategoryId,
        notification.Month,
        notification.Threshold,
        notification.CreatedAt,
        notification.ReadAt);
}
