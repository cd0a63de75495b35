using ExpenseTracker.Domain.Receipts;

namespace ExpenseTracker.Application.Receipts;

/// <summary>The receipts' rows: which blob holds which file of which expense.</summary>
public interface IReceiptStore
{
    /// <summary>Adds the receipt; false when the expense is not (or no longer) the user's.</summary>
    Task<bool> AddAsync(Receipt receipt, CancellationToken cancellationToken);

    Task<Receipt?> FindAsync(string userId, Guid expenseId, Guid receiptId, CancellationToken cancellationToken);

    /// <summary>The receipts of each of the given expenses of the user, oldest first; expenses without any are left out.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Receipt>>> ListByExpenseAsync(string userId, IReadOnlyCollection<Guid> expenseIds, CancellationToken cancellationToken);

    /// <summary>Deletes the receipt's row; false when the user has no such receipt on that expense.</summary>
    Task<bool> DeleteAsync(string userId, Guid expenseId, Guid receiptId, CancellationToken cancellationToken);

    /// <summary>Which of the given receipt ids still have a row, on a live expense or in an archived month.</summary>
    Task<IReadOnlySet<Guid>> FindKnownAsync(IReadOnlyCollection<Guid> receiptIds, CancellationToken cancellationToken);
}
