using ExpenseTracker.Application.Events;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>
/// The outbox collection as the relays see it. A claim is two steps: pick the oldest claimable messages, then take
/// them with an update whose filter the server checks again on each document as it writes it. Of two relays that
/// picked the same messages, the second finds them taken and leaves them; each relay answers only what it now holds.
/// </summary>
public sealed class MongoOutboxStore(MongoStore store) : IOutboxStore
{
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string relay, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var claimable = OutboxQueries.Claimable(relay, now);
        var picked = await store.Outbox.Find(claimable.Filter).Sort(claimable.Sort).Limit(max).Project(d => d.Id).ToListAsync(cancellationToken);
        if (picked.Count == 0)
        {
            return [];
        }

        await store.Outbox.UpdateManyAsync(
            OutboxQueries.StillClaimable(picked, relay, now).Filter,
            OutboxQueries.Claim(relay, now + lease),
            cancellationToken: cancellationToken);
        var held = OutboxQueries.HeldAmong(picked, relay);
        var documents = await store.Outbox.Find(held.Filter).Sort(held.Sort).ToListAsync(cancellationToken);
        return documents.Select(document => document.ToMessage()).ToList();
    }

    public Task MarkSentAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? Task.CompletedTask
            : store.Outbox.UpdateManyAsync(OutboxQueries.ByIds(ids).Filter, OutboxQueries.Sent(now), cancellationToken: cancellationToken);

    public Task ReleaseAsync(string relay, CancellationToken cancellationToken) =>
        store.Outbox.UpdateManyAsync(OutboxQueries.HeldBy(relay).Filter, OutboxQueries.Released(), cancellationToken: cancellationToken);

    public async Task<(long Pending, DateTimeOffset? OldestOccurredAt)> BacklogAsync(CancellationToken cancellationToken)
    {
        var pending = OutboxQueries.Pending();
        var count = await store.Outbox.CountDocumentsAsync(pending.Filter, cancellationToken: cancellationToken);
        if (count == 0)
        {
            return (0, null);
        }

        // Sent meanwhile, the last one may be gone by now: then nothing waits.
        var oldest = await store.Outbox.Find(pending.Filter).Sort(pending.Sort).Limit(1).Project(d => d.OccurredAt).ToListAsync(cancellationToken);
        return oldest.Count == 0 ? (0, null) : (count, MongoTime.ToOffset(oldest[0]));
    }
}
