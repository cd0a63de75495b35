using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Domain;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Notifications;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.Application.Notifications;

/// <summary>
/// Raises a notification when a category's spending in a month reaches 80 % and 100 % of its budget: once each per
/// category, month and threshold, counting only expenses in the budget's currency.
/// </summary>
public sealed partial class BudgetAlertConsumer(
    IBudgetStore budgets,
    ICategoryStore categories,
    IReportStore reports,
    INotificationStore notifications,
    TimeProvider clock,
    ILogger<BudgetAlertConsumer> logger) : IIntegrationEventConsumer
{
    public static ConsumerRegistration Registration { get; } = new(
        typeof(BudgetAlertConsumer),
        ConsumerPlacement.Worker,
        "budget-alerts",
        [nameof(ExpenseCreated), nameof(ExpenseUpdated), nameof(BudgetSet)]);

    public string Name => Registration.Name;

    public IReadOnlyCollection<string> EventTypes => Registration.EventTypes;

    public async Task HandleAsync(IntegrationEvent @event, MessageReceipt receipt, CancellationToken cancellationToken)
    {
        var (categoryId, month) = @event switch
        {
            ExpenseCreated created => (created.Expense.CategoryId, YearMonth.Of(created.Expense.Date)),
            // Only the expense as it is now can push a category over a threshold; where it was before only went down.
            ExpenseUpdated updated => (updated.After.CategoryId, YearMonth.Of(updated.After.Date)),
            BudgetSet set => (set.CategoryId, YearMonth.Of(DateOnly.FromDateTime(set.OccurredAt.UtcDateTime))),
            _ => (null, default),
        };
        if (categoryId is not { } category)
        {
            return;
        }

        var budget = (await budgets.ListAsync(@event.UserId, cancellationToken)).FirstOrDefault(b => b.CategoryId == category);
        if (budget is null)
        {
            return;
        }

        var spending = await reports.MonthlyAsync(@event.UserId, month, cancellationToken);
        var spent = spending.ByCategory
            .Where(row => row.CategoryId == category && row.Amount.Currency == budget.Amount.Currency)
            .Aggregate(Money.Zero(budget.Amount.Currency), (total, row) => total + row.Amount);
        var reached = budget.ThresholdsReached(spent).ToList();
        if (reached.Count == 0)
        {
            return;
        }

        var name = (await categories.FindAsync(@event.UserId, category, cancellationToken))?.Name ?? "Deleted category";
        var now = clock.GetUtcNow();
        var candidates = reached
            .Select(threshold => Notification.BudgetThresholdCrossed(@event.UserId, category, name, month.ToString(), threshold, spent, budget.Amount, now))
            .Select(notification => (notification, OutboxMessage.From(Raised(notification))))
            .ToList();
        foreach (var added in await notifications.AddOnceAsync(receipt, candidates, cancellationToken))
        {
            ApplicationMetrics.NotificationRaised(added.Kind, added.Threshold);
            LogRaised(added.Threshold, added.CategoryId, added.Month);
        }
    }

    [LoggerMessage(LogLevel.Information, "Budget alert raised: category {CategoryId} reached {Threshold} % of its budget for {Month}")]
    private partial void LogRaised(int? threshold, Guid? categoryId, string? month);

    private static NotificationRaised Raised(Notification notification) =>
        new(notification.Id, notification.Kind, notification.Title, notification.Message, notification.CategoryId, notification.Month, notification.Threshold)
        {
            UserId = notification.UserId,
            OccurredAt = notification.CreatedAt,
        };
}
