namespace ExpenseTracker.Contracts;

public sealed record NotificationResponse(
    Guid Id,
    string Kind,
    string Title,
    string Message,
    Guid? CategoryId,
    string? Month,
    int? Threshold,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);
