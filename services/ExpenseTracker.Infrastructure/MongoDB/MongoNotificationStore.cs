using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Notifications;
using ExpenseTracker.Domain.Notifications;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

public sealed class MongoNotificationStore(MongoStore store, TimeProvider clock) : INotificationStore
{
    // A budget alert written by another transaction between this one's check and its insert: the next attempt sees it.
    private const int Attempts = 3;

    public async Task<IReadOnlyList<Notification>> ListAsync(string userId, int max, CancellationToken cancellationToken)
    {
        var query = NotificationQueries.OfUser(userId);
        var documents = await store.Notifications.Find(query.Filter).Sort(query.Sort).Limit(max).ToListAsync(cancellationToken);
        return documents.Select(document => document.ToNotification()).ToList();
    }

    public async Task<Notification?> MarkReadAsync(string userId, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await store.Notifications.UpdateOneAsync(
            NotificationQueries.UnreadById(userId, id).Filter,
            Builders<NotificationDocument>.Update.Set(d => d.ReadAt, now.UtcDateTime),
            cancellationToken: cancellationToken);
        var document = await store.Notifications.Find(NotificationQueries.ById(userId, id).Filter).FirstOrDefaultAsync(cancellationToken);
        return document?.ToNotification();
    }

    public async Task<IReadOnlyList<Notification>> AddOnceAsync(
        MessageReceipt receipt,
        IReadOnlyList<(Notification Notification, OutboxMessage Message)> candidates,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await store.InTransactionOrRollbackAsync(
                    (session, token) => AddOnceAsync(session, receipt, candidates, token),
                    whenRolledBack: [],
                    cancellationToken);
            }
            catch (MongoWriteException taken) when (MongoErrors.IsDuplicateKey(taken) && attempt < Attempts)
            {
                // Nothing of this attempt was written; the next one reads the alert that was in the way.
            }
        }
    }

    private async Task<IReadOnlyList<Notification>> AddOnceAsync(
        IClientSessionHandle session,
        MessageReceipt receipt,
        IReadOnlyList<(Notification Notification, OutboxMessage Message)> candidates,
        CancellationToken cancellationToken)
    {
        if (!await MongoProcessedMessages.TryRecordAsync(store, session, receipt, clock.GetUtcNow(), cancellationToken))
        {
            return [];
        }

        var added = new List<Notification>();
        foreach (var (notification, message) in candidates)
        {
            if (await HasAsync(session, notification, cancellationToken))
            {
                continue;
            }

            await store.Notifications.InsertOneAsync(session, NotificationDocument.From(notification), cancellationToken: cancellationToken);
            await store.AppendToOutboxAsync(session, message, cancellationToken);
            added.Add(notification);
        }

        return added;
    }

    /// <summary>Whether the user already has this budget alert; other notifications are never duplicates.</summary>
    private Task<bool> HasAsync(IClientSessionHandle session, Notification notification, CancellationToken cancellationToken) =>
        notification is { Kind: Notification.BudgetThresholdKind, CategoryId: { } categoryId, Month: { } month, Threshold: { } threshold }
            ? store.Notifications.Find(session, NotificationQueries.BudgetAlert(notification.UserId, categoryId, month, threshold).Filter).Limit(1).AnyAsync(cancellationToken)
            : Task.FromResult(false);
}
