using ExpenseTracker.Application.Events;

namespace ExpenseTracker.Application.Common;

/// <summary>
/// Drops the cached views an event makes stale, in the process it runs in. It runs in every API process, so each
/// one's memory level frees them too, not only the shared Redis level (the writer already moved the user's view
/// generation, so they are no longer read). Dropping a tag twice does no harm, so no processed-message record is kept.
/// </summary>
public sealed class CacheInvalidationConsumer(UserViewCache views) : IIntegrationEventConsumer
{
    public static ConsumerRegistration Registration { get; } = new(
        typeof(CacheInvalidationConsumer),
        ConsumerPlacement.EveryApiInstance,
        "cache-invalidation",
        [nameof(ExpenseCreated), nameof(ExpenseUpdated), nameof(ExpenseDeleted), nameof(BudgetSet), nameof(BudgetDeleted), nameof(CategoryDeleted)]);

    public string Name => Registration.Name;

    public IReadOnlyCollection<string> EventTypes => Registration.EventTypes;

    public async Task HandleAsync(IntegrationEvent @event, MessageReceipt receipt, CancellationToken cancellationToken)
    {
        if (@event is CategoryDeleted)
        {
            await views.ForgetCategoriesAsync(@event.UserId, cancellationToken);
        }
        else
        {
            await views.ForgetReportsAsync(@event.UserId, cancellationToken);
        }
    }
}
