using ExpenseTracker.Application.Events;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Recurring;

namespace ExpenseTracker.Application.Recurring;

/// <summary>Where recurring rules live. Every change is written together with its outbox message, atomically.</summary>
public interface IRecurringStore
{
    /// <summary>The user's rules, oldest first.</summary>
    Task<IReadOnlyList<RecurringRule>> ListAsync(string userId, CancellationToken cancellationToken);

    Task<RecurringRule?> FindAsync(string userId, Guid id, CancellationToken cancellationToken);

    Task AddAsync(RecurringRule rule, OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Saves a changed rule unless its stored version is no longer <paramref name="expectedVersion"/>.</summary>
    Task<bool> UpdateAsync(RecurringRule rule, long expectedVersion, OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Deletes the rule (expenses it created stay); false when it was already gone.</summary>
    Task<bool> DeleteAsync(RecurringRule rule, OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> rules, of every user, with an occurrence due on or before <paramref name="today"/>.</summary>
    Task<IReadOnlyList<RecurringRule>> ListDueAsync(DateOnly today, int max, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: records the rule's occurrence on <paramref name="date"/> (each once, whoever tries), adds its
    /// expense with its outbox message, and saves the rule unless its stored version is no longer
    /// <paramref name="expectedVersion"/>. False, with nothing written, when another process was first.
    /// </summary>
    Task<bool> AddOccurrenceAsync(RecurringRule rule, long expectedVersion, DateOnly date, Expense expense, OutboxMessage message, CancellationToken cancellationToken);
}
