using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Api;

/// <summary><c>/api/v1/notifications</c>: budget alerts at 80 % and 100 % of a category's monthly budget.</summary>
public interface INotificationsApi
{
    /// <summary>Lists your notifications.</summary>
    [Get("/api/v1/notifications")]
    Task<IReadOnlyList<NotificationResponse>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks a notification as read, and answers it as it now is (with its <c>ReadAt</c>).</summary>
    [Post("/api/v1/notifications/{id}/read")]
    Task<NotificationResponse> MarkReadAsync(Guid id, CancellationToken cancellationToken = default);
}
