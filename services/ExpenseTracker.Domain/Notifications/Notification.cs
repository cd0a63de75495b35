namespace ExpenseTracker.Domain.Notifications;

/// <summary>Something the user should know about, such as a budget running out.</summary>
public sealed class Notification
{
    private Notification(Guid id, string userId, string kind, string title, string message, Guid? categoryId, string? month, int? threshold, DateTimeOffset createdAt, DateTimeOffset? readAt)
    {
        Id = id;
        UserId = userId;
        Kind = kind;
        Title = title;
        Message = message;
        CategoryId = categoryId;
        Month = month;
        Threshold = threshold;
        CreatedAt = createdAt;
        ReadAt = readAt;
    }

    public const string BudgetThresholdKind = "budget.threshold";

    public Guid Id { get; }

    public string UserId { get; }

    public string Kind { get; }

    public string Title { get; }

    public string Message { get; }

    public Guid? CategoryId { get; }

    /// <summary>The month (yyyy-MM) the alert is about; with the category and threshold it makes the alert unique.</summary>
    public string? Month { get; }

    public int? Threshold { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification BudgetThresholdCrossed(string userId, Guid categoryId, string categoryName, string month, int threshold, Currencies.Money spent, Currencies.Money budget, DateTimeOffset now)
    {
        var title = threshold >= 100 ? $"{categoryName} budget used up" : $"{categoryName} budget at {threshold} %";
        var message = $"You have spent {spent} of your {budget} {categoryName} budget for {month}.";
        return new Notification(Guid.CreateVersion7(now), userId, BudgetThresholdKind, title, message, categoryId, month, threshold, now, null);
    }

    public static Notification Restore(Guid id, string userId, string kind, string title, string message, Guid? categoryId, string? month, int? threshold, DateTimeOffset createdAt, DateTimeOffset? readAt) =>
        new(id, userId, kind, title, message, categoryId, month, threshold, createdAt, readAt);

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
