using ExpenseTracker.Application.Events;
using ExpenseTracker.Domain.Budgets;

namespace ExpenseTracker.Application.Budgets;

public interface IBudgetStore
{
    Task<IReadOnlyList<Budget>> ListAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the budget of the budget's category.</summary>
    Task SetAsync(Budget budget, OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Deletes the budget of a category; false when it had none.</summary>
    Task<bool> DeleteAsync(string userId, Guid categoryId, OutboxMessage message, CancellationToken cancellationToken);
}
