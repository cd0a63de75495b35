using ExpenseTracker.Application.Events;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Application.Notifications;

/// <summary>
/// Pushes each new notification to its user's signed-in clients. Pushing twice after a redelivery is harmless (a
/// client keys notifications by id), so no processed-message record is kept.
/// </summary>
public sealed class NotificationPushConsumer(INotificationPusher pusher) : IIntegrationEventConsumer
{
    public static ConsumerRegistration Registration { get; } = new(
        typeof(NotificationPushConsumer),
        ConsumerPlacement.AnyApiInstance,
        "notification-push",
        [nameof(NotificationRaised)]);

    public string Name => Registration.Name;

    public IReadOnlyCollection<string> EventTypes => Registration.EventTypes;

    public Task HandleAsync(IntegrationEvent @event, MessageReceipt receipt, CancellationToken cancellationToken) =>
        @event is NotificationRaised raised
            ? pusher.PushAsync(
                raised.UserId,
                new NotificationResponse(raised.NotificationId, raised.Kind, raised.Title, raised.Message, raised.CategoryId, raised.Month, raised.Threshold, raised.OccurredAt, null),
                cancellationToken)
            : Task.CompletedTask;
}
