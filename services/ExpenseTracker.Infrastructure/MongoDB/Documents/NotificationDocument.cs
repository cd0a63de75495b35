using ExpenseTracker.Domain.Notifications;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>A notification in the <c>notifications</c> collection; a budget alert is unique per user, category, month and threshold.</summary>
internal sealed class NotificationDocument
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string Message { get; set; } = "";
    public Guid? CategoryId { get; set; }
    public string? Month { get; set; }
    public int? Threshold { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }

    public static NotificationDocument From(Notification notification) => new()
    {
        Id = notification.Id,
        UserId = notification.UserId,
        Kind = notification.Kind,
        Title = notification.Title,
        Message = notification.Message,
        CategoryId = notification.CategoryId,
        Month = notification.Month,
        Threshold = notification.Threshold,
        CreatedAt = notification.CreatedAt.UtcDateTime,
        ReadAt = notification.ReadAt?.UtcDateTime,
    };

    public Notification ToNotification() => Notification.Restore(
        Id,
        UserId,
        Kind,
        Title,
        Message,
        CategoryId,
        Month,
        Threshold,
        MongoTime.ToOffset(CreatedAt),
        ReadAt is { } readAt ? MongoTime.ToOffset(readAt) : null);
}
