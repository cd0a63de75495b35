using ExpenseTracker.Application.Events;
using ExpenseTracker.Domain.Categories;

namespace ExpenseTracker.Application.Categories;

public enum CategoryDeletion
{
    Deleted,
    NotFound,
    InUse,
    ReassignTargetNotFound,
}

public interface ICategoryStore
{
    Task<IReadOnlyList<Category>> ListAsync(string userId, CancellationToken cancellationToken);

    Task<Category?> FindAsync(string userId, Guid id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string userId, Guid id, CancellationToken cancellationToken);

    /// <summary>Adds the category; false when the user already has one with that name, whatever its case.</summary>
    Task<bool> AddAsync(Category category, CancellationToken cancellationToken);

    /// <summary>Saves a renamed category; false when the new name is taken by another of the user's categories.</summary>
    Task<bool> UpdateAsync(Category category, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes a category and its budget. A category that expenses or recurring rules use is only deleted when
    /// <paramref name="reassignTo"/> names another of the user's categories; they then move there, in the same transaction.
    /// </summary>
    Task<CategoryDeletion> DeleteAsync(string userId, Guid id, Guid? reassignTo, OutboxMessage message, CancellationToken cancellationToken);
}
