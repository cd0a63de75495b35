using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Domain.Receipts;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

public sealed class MongoReceiptStore(MongoStore store) : IReceiptStore
{
    /// <summary>
    /// Adds the row in a transaction that also writes to the expense (a counter nothing reads): an expense deleted
    /// or archived at the same moment then conflicts with it, so a receipt never outlives its expense unnoticed.
    /// </summary>
    public Task<bool> AddAsync(Receipt receipt, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            var expense = await store.Expenses.UpdateOneAsync(
                session,
                ExpenseQueries.ById(receipt.UserId, receipt.ExpenseId).Filter,
                ExpenseQueries.ReceiptsChanged(),
                cancellationToken: token);
            if (expense.MatchedCount == 0)
            {
                return false;
            }

            await store.Receipts.InsertOneAsync(session, ReceiptDocument.From(receipt), cancellationToken: token);
            return true;
        }, cancellationToken);

    public async Task<Receipt?> FindAsync(string userId, Guid expenseId, Guid receiptId, CancellationToken cancellationToken)
    {
        var document = await store.Receipts.Find(ReceiptQueries.ById(userId, expenseId, receiptId).Filter).FirstOrDefaultAsync(cancellationToken);
        return document?.ToReceipt();
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Receipt>>> ListByExpenseAsync(string userId, IReadOnlyCollection<Guid> expenseIds, CancellationToken cancellationToken)
    {
        if (expenseIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<Receipt>>();
        }

        var query = ReceiptQueries.OfExpenses(userId, expenseIds);
        var documents = await store.Receipts.Find(query.Filter).Sort(query.Sort).ToListAsync(cancellationToken);
        return documents
            .Select(document => document.ToReceipt())
            .GroupBy(receipt => receipt.ExpenseId)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<Receipt>)group.ToList());
    }

    public async Task<bool> DeleteAsync(string userId, Guid expenseId, Guid receiptId, CancellationToken cancellationToken) =>
        (await store.Receipts.DeleteOneAsync(ReceiptQueries.ById(userId, expenseId, receiptId).Filter, cancellationToken)).DeletedCount == 1;

    public async Task<IReadOnlySet<Guid>> FindKnownAsync(IReadOnlyCollection<Guid> receiptIds, CancellationToken cancellationToken)
    {
        if (receiptIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var live = await store.Receipts.Find(ReceiptQueries.Among(receiptIds).Filter).Project(d => d.Id).ToListAsync(cancellationToken);
        var archived = await store.ArchivedReceipts.Find(ArchiveQueries.ReceiptsAmong(receiptIds).Filter).Project(d => d.Id).ToListAsync(cancellationToken);
        return live.Concat(archived).ToHashSet();
    }
}
