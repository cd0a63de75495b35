using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Application.Expenses;

/// <summary>Where expenses live. Every change is written together with its outbox message, atomically.</summary>
public interface IExpenseStore
{
    Task<Expense?> FindAsync(string userId, Guid id, CancellationToken cancellationToken);

    Task<Page<Expense>> ListAsync(string userId, ExpenseFilter filter, ExpenseSort sort, PageRequest page, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the expense. With an idempotency record, the record is stored in the same transaction; when the user
    /// already has a live record with that key, nothing is written and false is answered.
    /// </summary>
    Task<bool> AddAsync(Expense expense, OutboxMessage message, IdempotencyRecord? idempotency, CancellationToken cancellationToken);

    /// <summary>Saves a changed expense unless its stored version is no longer <paramref name="expectedVersion"/>.</summary>
    Task<bool> UpdateAsync(Expense expense, long expectedVersion, OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Deletes the expense unless its stored version is no longer <paramref name="expectedVersion"/>.</summary>
    Task<bool> DeleteAsync(Expense expense, long expectedVersion, OutboxMessage message, CancellationToken cancellationToken);
}
