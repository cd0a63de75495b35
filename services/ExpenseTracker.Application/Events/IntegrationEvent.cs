using System.Text.Json.Serialization;

namespace ExpenseTracker.Application.Events;

/// <summary>
/// A fact other parts of the system react to. Written to the outbox in the same transaction as the change it
/// describes, so an acknowledged change always has its event, and published from there.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExpenseCreated), nameof(ExpenseCreated))]
[JsonDerivedType(typeof(ExpenseUpdated), nameof(ExpenseUpdated))]
[JsonDerivedType(typeof(ExpenseDeleted), nameof(ExpenseDeleted))]
[JsonDerivedType(typeof(CategoryDeleted), nameof(CategoryDeleted))]
[JsonDerivedType(typeof(BudgetSet), nameof(BudgetSet))]
[JsonDerivedType(typeof(BudgetDeleted), nameof(BudgetDeleted))]
[JsonDerivedType(typeof(RecurringRuleCreated), nameof(RecurringRuleCreated))]
[JsonDerivedType(typeof(RecurringRuleUpdated), nameof(RecurringRuleUpdated))]
[JsonDerivedType(typeof(RecurringRuleDeleted), nameof(RecurringRuleDeleted))]
[JsonDerivedType(typeof(NotificationRaised), nameof(NotificationRaised))]
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public required string UserId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>What an expense looked like when an event about it was raised.</summary>
public sealed record ExpenseSnapshot(Guid ExpenseId, decimal Amount, string Currency, DateOnly Date, Guid? CategoryId);

public sealed record ExpenseCreated(ExpenseSnapshot Expense) : IntegrationEvent;

public sealed record ExpenseUpdated(ExpenseSnapshot Before, ExpenseSnapshot After) : IntegrationEvent;

public sealed record ExpenseDeleted(ExpenseSnapshot Expense) : IntegrationEvent;

public sealed record CategoryDeleted(Guid CategoryId, Guid? ReassignedTo) : IntegrationEvent;

public sealed record BudgetSet(Guid CategoryId, decimal Amount, string Currency) : IntegrationEvent;

public sealed record BudgetDeleted(Guid CategoryId) : IntegrationEvent;

public sealed record RecurringRuleCreated(Guid RuleId) : IntegrationEvent;

public sealed record RecurringRuleUpdated(Guid RuleId) : IntegrationEvent;

public sealed record RecurringRuleDeleted(Guid RuleId) : IntegrationEvent;

/// <summary>A notification was stored for a user; signed-in clients of that user are told at once.</summary>
public sealed record NotificationRaised(
    Guid NotificationId,
    string Kind,
    string Title,
    string Message,
    Guid? CategoryId,
    string? Month,
    int? Threshold) : IntegrationEvent;
