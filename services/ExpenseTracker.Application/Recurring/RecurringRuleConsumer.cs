using ExpenseTracker.Application.Events;

namespace ExpenseTracker.Application.Recurring;

/// <summary>
/// Runs the scheduler as soon as a rule is created or changed, so that occurrences already due (a rule started in
/// the past) appear at once instead of at the scheduler's next run. Creating occurrences is idempotent by itself.
/// </summary>
public sealed class RecurringRuleConsumer(RecurringScheduler scheduler) : IIntegrationEventConsumer
{
    public static ConsumerRegistration Registration { get; } = new(
        typeof(RecurringRuleConsumer),
        ConsumerPlacement.Worker,
        "recurring-rules",
        [nameof(RecurringRuleCreated), nameof(RecurringRuleUpdated)]);

    public string Name => Registration.Name;

    public IReadOnlyCollection<string> EventTypes => Registration.EventTypes;

    public Task HandleAsync(IntegrationEvent @event, MessageReceipt receipt, CancellationToken cancellationToken) =>
        scheduler.CreateDueAsync(cancellationToken);
}
