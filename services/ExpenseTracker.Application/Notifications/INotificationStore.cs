using ExpenseTracker.Application.Events;
using ExpenseTracker.Domain.Notifications;

namespace ExpenseTracker.Application.Notifications;

public interface INotificationStore
{
    /// <summary>The user's notifications, newest first.</summary>
    Task<IReadOnlyList<Notification>> ListAsync(string userId, int max, CancellationToken cancellationToken);

    /// <summary>Marks the notification read (once: a second call keeps the first time); null when the user has no such notification.</summary>
    Task<Notification?> MarkReadAsync(string userId, Guid id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: records that <paramref name="receipt"/> was processed, and adds each notification the user
    /// does not have yet (a budget alert exists once per category, month and threshold) with its outbox message.
    /// Answers the notifications added: none when the receipt was processed before.
    /// </summary>
    Task<IReadOnlyList<Notification>> AddOnceAsync(
        MessageReceipt receipt,
        IReadOnlyList<(Notification Notification, OutboxMessage Message)> candidates,
        CancellationToken cancellationToken);
}
