using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Notifications;
using ExpenseTracker.Domain.Recurring;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

internal static class Samples
{
    public static readonly DateOnly Day = new(2026, 3, 15);

    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public static Expense Expense(
        string userId,
        decimal amount,
        string currency = "EUR",
        DateOnly? date = null,
        Guid? categoryId = null,
        string? merchant = null,
        string? note = null,
        IReadOnlyList<string>? tags = null,
        string? paymentMethod = null) =>
        Domain.Expenses.Expense.Record(
            userId,
            date ?? Day,
            new ExpenseDetails(Money.Of(amount, Currency.Of(currency)), categoryId, merchant, note, tags, paymentMethod),
            Now);

    public static Category Category(string userId, string name) => Domain.Categories.Category.Create(userId, name, null);

    public static OutboxMessage Created(Expense expense) =>
        OutboxMessage.From(new ExpenseCreated(expense.ToSnapshot()) { UserId = expense.UserId, OccurredAt = Now });

    public static OutboxMessage Updated(Expense expense) =>
        OutboxMessage.From(new ExpenseUpdated(expense.ToSnapshot(), expense.ToSnapshot()) { UserId = expense.UserId, OccurredAt = Now });

    public static OutboxMessage Deleted(Expense expense) =>
        OutboxMessage.From(new ExpenseDeleted(expense.ToSnapshot()) { UserId = expense.UserId, OccurredAt = Now });

    public static OutboxMessage CategoryDeleted(string userId, Guid categoryId, Guid? reassignedTo = null) =>
        OutboxMessage.From(new CategoryDeleted(categoryId, reassignedTo) { UserId = userId, OccurredAt = Now });

    public static OutboxMessage BudgetSet(string userId, Guid categoryId) =>
        OutboxMessage.From(new BudgetSet(categoryId, 1m, "EUR") { UserId = userId, OccurredAt = Now });

    public static OutboxMessage BudgetDeleted(string userId, Guid categoryId) =>
        OutboxMessage.From(new BudgetDeleted(categoryId) { UserId = userId, OccurredAt = Now });

    public static RecurringRule Rule(
        string userId,
        DateOnly start,
        DateOnly? end = null,
        Frequency frequency = Frequency.Monthly,
        decimal amount = 9.99m,
        Guid? categoryId = null) =>
        RecurringRule.Create(
            userId,
            new ExpenseDetails(Money.Of(amount, Currency.Of("EUR")), categoryId, "Streaming", "Subscription", ["tv", "Home"], "card"),
            new Schedule(frequency, 1, start, end),
            Now);

    public static OutboxMessage RuleCreated(RecurringRule rule) =>
        OutboxMessage.From(new RecurringRuleCreated(rule.Id) { UserId = rule.UserId, OccurredAt = Now });

    public static OutboxMessage RuleUpdated(RecurringRule rule) =>
        OutboxMessage.From(new RecurringRuleUpdated(rule.Id) { UserId = rule.UserId, OccurredAt = Now });

    public static OutboxMessage RuleDeleted(RecurringRule rule) =>
        OutboxMessage.From(new RecurringRuleDeleted(rule.Id) { UserId = rule.UserId, OccurredAt = Now });

    /// <summary>A budget alert and the event announcing it, as the budget-alert consumer makes them.</summary>
    public static (Notification Notification, OutboxMessage Message) Alert(string userId, Guid categoryId, string month, int threshold, DateTimeOffset? at = null)
    {
        var currency = Currency.Of("EUR");
        var notification = Notification.BudgetThresholdCrossed(
            userId, categoryId, "Food", month, threshold, Money.Of(90m, currency), Money.Of(100m, currency), at ?? Now);
        var raised = new NotificationRaised(
            notification.Id, notification.Kind, notification.Title, notification.Message, notification.CategoryId, notification.Month, notification.Threshold)
        {
            UserId = userId,
            OccurredAt = notification.CreatedAt,
        };
        return (notification, OutboxMessage.From(raised));
    }
}
