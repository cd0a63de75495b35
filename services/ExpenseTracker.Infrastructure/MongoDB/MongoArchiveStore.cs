using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Domain;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>
/// The database side of the archive protocol on MongoDB: a document per user and month in <c>archivedMonths</c>
/// (with the sums reports need), the archived receipts' ids in <c>archivedReceipts</c>.
/// </summary>
public sealed class MongoArchiveStore(MongoStore store, TimeProvider clock) : IArchiveStore
{
    /// <summary>Users per query when leaving out restored months: well under any limit on a filter's size.</summary>
    private const int UserChunk = 1000;

    public async Task<IReadOnlyList<ArchiveCandidate>> FindCandidatesAsync(DateOnly before, CancellationToken cancellationToken)
    {
        using var cursor = await store.Expenses.AggregateAsync(ArchiveQueries.Candidates(before).Pipeline, cancellationToken: cancellationToken);
        var candidates = (await cursor.ToListAsync(cancellationToken))
            .Select(row => new ArchiveCandidate(row["_id"][ArchiveQueries.CandidateUserId].AsString, YearMonth.Parse(row["_id"][ArchiveQueries.CandidateMonth].AsString)))
            .ToList();

        var restored = new HashSet<(string, YearMonth)>();
        foreach (var users in candidates.Select(candidate => candidate.UserId).Distinct().Chunk(UserChunk))
        {
            var months = await store.ArchivedMonths.Find(ArchiveQueries.RestoredOf(users).Filter).ToListAsync(cancellationToken);
            restored.UnionWith(months.Select(month => (month.UserId, YearMonth.Parse(month.Month))));
        }

        return candidates
            .Where(candidate => !restored.Contains((candidate.UserId, candidate.Month)))
            .OrderBy(candidate => candidate.UserId, StringComparer.Ordinal)
            .ThenBy(candidate => candidate.Month)
            .ToList();
    }

    public async Task<IReadOnlyList<ArchivedMonth>> ListPendingAsync(CancellationToken cancellationToken)
    {
        var documents = await store.ArchivedMonths.Find(ArchiveQueries.Pending().Filter).ToListAsync(cancellationToken);
        return Ordered(documents);
    }

    public async Task<ArchivedMonth?> FindAsync(string userId, YearMonth month, CancellationToken cancellationToken)
    {
        var document = await store.ArchivedMonths.Find(ArchiveQueries.Month(userId, month).Filter).FirstOrDefaultAsync(cancellationToken);
        return document?.ToArchivedMonth();
    }

    public async Task<IReadOnlyList<ArchivedMonth>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var query = ArchiveQueries.Archived(userId);
        var documents = await store.ArchivedMonths.Find(query.Filter).Sort(query.Sort).ToListAsync(cancellationToken);
        return documents.Select(document => document.ToArchivedMonth()).ToList();
    }

    public async Task<IReadOnlyList<ArchivedExpense>> LoadLiveMonthAsync(string userId, YearMonth month, CancellationToken cancellationToken)
    {
        var query = ExpenseQueries.List(userId, new ExpenseFilter { From = month.FirstDay, To = month.LastDay }, ExpenseSort.DateAscending);
        var expenses = (await store.Expenses.Find(query.Filter).Sort(query.Sort).ToListAsync(cancellationToken))
            .Select(document => document.ToExpense())
            .ToList();
        if (expenses.Count == 0)
        {
            return [];
        }

        var receiptsQuery = ReceiptQueries.OfExpenses(userId, expenses.Select(expense => expense.Id).ToList());
        var receipts = (await store.Receipts.Find(receiptsQuery.Filter).Sort(receiptsQuery.Sort).ToListAsync(cancellationToken))
            .Select(document => document.ToReceipt())
            .ToLookup(receipt => receipt.ExpenseId);
        return expenses.Select(expense => ArchivedExpense.From(expense, receipts[expense.Id].ToList())).ToList();
    }

    /// <summary>
    /// One conditional write. Without an archive before, an upsert: it updates the month if it is there and markable,
    /// creates it if it is not there at all, and is refused by the unique (user, month) key if it is there but not markable.
    /// </summary>
    public async Task<bool> MarkPendingAsync(string userId, YearMonth month, string? expectedBlobName, string pendingBlobName, long liveRowCount, CancellationToken cancellationToken)
    {
        try
        {
            var marked = await store.ArchivedMonths.UpdateOneAsync(
                ArchiveQueries.Markable(userId, month, expectedBlobName).Filter,
                ArchiveQueries.MarkPending(pendingBlobName, liveRowCount),
                new UpdateOptions { IsUpsert = expectedBlobName is null },
                cancellationToken);
            return marked.MatchedCount == 1 || marked.UpsertedId is not null;
        }
        catch (MongoWriteException taken) when (MongoErrors.IsDuplicateKey(taken))
        {
            return false;
        }
    }

    public Task<ArchiveCompletion> CompleteAsync(ArchivedMonth pending, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            var current = await store.ArchivedMonths.Find(session, ArchiveQueries.Month(pending.UserId, pending.Month).Filter).FirstOrDefaultAsync(token);
            if (current?.PendingBlobName != pending.PendingBlobName)
            {
                return current?.BlobName == pending.PendingBlobName ? ArchiveCompletion.Completed : ArchiveCompletion.Superseded;
            }

            var versions = content.ToDictionary(expense => expense.Id, expense => expense.Version);
            var ids = versions.Keys.ToList();
            var live = await store.Expenses
                .Find(session, ExpenseQueries.Among(pending.UserId, ids).Filter)
                .Project(d => new { d.Id, d.Version })
                .ToListAsync(token);
            if (live.Count != pending.PendingRowCount || live.Any(row => versions[row.Id] != row.Version))
            {
                await ClearPendingAsync(session, pending.UserId, pending.Month, pending.PendingBlobName!, token);
                return ArchiveCompletion.Stale;
            }

            // The receipts' rows go with their expenses; the receipts are in the archive, their blobs stay.
            await store.Expenses.DeleteManyAsync(session, ExpenseQueries.Among(pending.UserId, ids).Filter, cancellationToken: token);
            await store.Receipts.DeleteManyAsync(session, ReceiptQueries.OfExpenses(pending.UserId, ids).Filter, cancellationToken: token);
            await store.ArchivedReceipts.DeleteManyAsync(session, ArchiveQueries.ReceiptsOf(pending.UserId, pending.Month).Filter, cancellationToken: token);
            var receipts = content
                .SelectMany(expense => expense.Receipts)
                .Select(receipt => new ArchivedReceiptDocument { Id = receipt.Id, UserId = pending.UserId, Month = pending.Month.ToString() })
                .ToList();
            if (receipts.Count > 0)
            {
                await store.ArchivedReceipts.InsertManyAsync(session, receipts, cancellationToken: token);
            }

            await store.ArchivedMonths.UpdateOneAsync(
                session,
                ArchiveQueries.PendingAs(pending.UserId, pending.Month, pending.PendingBlobName!).Filter,
                Builders<ArchivedMonthDocument>.Update
                    .Set(d => d.BlobName, pending.PendingBlobName)
                    .Set(d => d.PendingBlobName, null)
                    .Set(d => d.PendingRowCount, 0)
                    .Set(d => d.ExpenseCount, content.Count)
                    .Set(d => d.ArchivedAt, clock.GetUtcNow().UtcDateTime)
                    .Set(d => d.Totals, ArchivedTotal.Of(content).Select(ArchivedTotalDocument.From).ToArray()),
                cancellationToken: token);
            return ArchiveCompletion.Completed;
        }, cancellationToken);

    public Task ClearPendingAsync(string userId, YearMonth month, string pendingBlobName, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            await ClearPendingAsync(session, userId, month, pendingBlobName, token);
            return true;
        }, cancellationToken);

    public Task<bool> RestoreAsync(string userId, YearMonth month, string expectedBlobName, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            var current = await store.ArchivedMonths.Find(session, ArchiveQueries.Month(userId, month).Filter).FirstOrDefaultAsync(token);
            if (current is null || current.BlobName != expectedBlobName || current.PendingBlobName is not null)
            {
                return false;
            }

            var categories = (await store.Categories.Find(session, CategoryQueries.OfUser(userId).Filter).Project(d => d.Id).ToListAsync(token)).ToHashSet();
            var expenses = content.Select(archived => archived.ToExpense(userId, categories.Contains)).ToList();
            var receipts = content
                .Zip(expenses)
                .SelectMany(pair => pair.First.Receipts.Select(receipt => ReceiptDocument.From(receipt.ToReceipt(userId, pair.Second.Id))))
                .ToList();
            if (expenses.Count > 0)
            {
                await store.Expenses.InsertManyAsync(session, expenses.Select(ExpenseDocument.From), cancellationToken: token);
            }

            if (receipts.Count > 0)
            {
                await store.Receipts.InsertManyAsync(session, receipts, cancellationToken: token);
            }

            await store.ArchivedReceipts.DeleteManyAsync(session, ArchiveQueries.ReceiptsOf(userId, month).Filter, cancellationToken: token);
            await store.ArchivedMonths.UpdateOneAsync(
                session,
                ArchiveQueries.Month(userId, month).Filter,
                Builders<ArchivedMonthDocument>.Update
                    .Set(d => d.BlobName, null)
                    .Set(d => d.ExpenseCount, 0)
                    .Set(d => d.ArchivedAt, null)
                    .Set(d => d.RestoredAt, clock.GetUtcNow().UtcDateTime)
                    .Set(d => d.Totals, []),
                cancellationToken: token);
            return true;
        }, cancellationToken);

    public async Task<IReadOnlySet<string>> FindReferencedBlobsAsync(IReadOnlyCollection<string> blobNames, CancellationToken cancellationToken)
    {
        if (blobNames.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var completed = await store.ArchivedMonths.Find(ArchiveQueries.CompletedAs(blobNames).Filter).Project(d => d.BlobName).ToListAsync(cancellationToken);
        var pending = await store.ArchivedMonths.Find(ArchiveQueries.PendingAsAny(blobNames).Filter).Project(d => d.PendingBlobName).ToListAsync(cancellationToken);
        return completed.Concat(pending).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private async Task ClearPendingAsync(IClientSessionHandle session, string userId, YearMonth month, string pendingBlobName, CancellationToken cancellationToken)
    {
        await store.ArchivedMonths.UpdateOneAsync(
            session,
            ArchiveQueries.PendingAs(userId, month, pendingBlobName).Filter,
            ArchiveQueries.ClearPending(),
            cancellationToken: cancellationToken);

        // A month that never completed an archive and was never restored needs no document.
        await store.ArchivedMonths.DeleteOneAsync(session, ArchiveQueries.Forgettable(userId, month).Filter, cancellationToken: cancellationToken);
    }

    private static List<ArchivedMonth> Ordered(IEnumerable<ArchivedMonthDocument> documents) =>
        documents
            .Select(document => document.ToArchivedMonth())
            .OrderBy(month => month.UserId, StringComparer.Ordinal)
            .ThenBy(month => month.Month)
            .ToList();
}
