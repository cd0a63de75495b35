using ExpenseTracker.Application.Events;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Application.Transfers;

/// <summary>An expense read from an import file, with the event that announces it.</summary>
public sealed record ImportedExpense(Expense Expense, OutboxMessage Message);

public interface IExpenseImportStore
{
    /// <summary>
    /// In one transaction, adds each expense of the batch with its outbox message, except those identical (date,
    /// amount, currency, merchant) to an expense the user already has that is not one of <paramref name="addedByThisImport"/>.
    /// Answers, for each expense of the batch in order, whether it was added.
    /// </summary>
    Task<IReadOnlyList<bool>> AddUnlessDuplicateAsync(
        string userId,
        IReadOnlyList<ImportedExpense> batch,
        IReadOnlySet<Guid> addedByThisImport,
        CancellationToken cancellationToken);
}
