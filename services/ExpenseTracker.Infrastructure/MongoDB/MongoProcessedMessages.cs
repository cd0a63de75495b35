using ExpenseTracker.Application.Events;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>The record that a consumer had the effect of a message: written in the transaction of the effect.</summary>
internal static class MongoProcessedMessages
{
    /// <summary>
    /// Records the receipt in the caller's transaction; false when it was recorded before, and the caller must then
    /// change nothing. A delivery of the same message that records it at the same moment makes one of the two
    /// transactions retry (a write conflict) or be refused by the unique index (then rolled back, see <see cref="MongoStore.Rollback"/>).
    /// </summary>
    public static async Task<bool> TryRecordAsync(MongoStore store, IClientSessionHandle session, MessageReceipt receipt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await store.ProcessedMessages.Find(session, MessagingQueries.Processed(receipt.Consumer, receipt.MessageId).Filter).Limit(1).AnyAsync(cancellationToken))
        {
            return false;
        }

        try
        {
            await store.ProcessedMessages.InsertOneAsync(
                session,
                new ProcessedMessageDocument { Consumer = receipt.Consumer, MessageId = receipt.MessageId, ProcessedAt = now.UtcDateTime },
                cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoWriteException recorded) when (MongoErrors.IsDuplicateKey(recorded))
        {
            throw MongoStore.Rollback(recorded);
        }
    }
}
