namespace ExpenseTracker.Application.Events;

/// <summary>
/// The pending side of the transactional outbox. Relays in several processes may share it: a relay claims a batch
/// for a while (a lease), publishes it, and marks each message sent once the bus confirms it. A relay that dies
/// leaves its lease to expire, and another relay publishes the messages again.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Claims up to <paramref name="max"/> unsent messages, oldest first, that no other relay holds a live lease on.</summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string relay, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    Task MarkSentAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives back the relay's unsent claims, so that they are published again without waiting for the lease.</summary>
    Task ReleaseAsync(string relay, CancellationToken cancellationToken);

    /// <summary>How many messages wait, and since when the oldest one waits (null when none does).</summary>
    Task<(long Pending, DateTimeOffset? OldestOccurredAt)> BacklogAsync(CancellationToken cancellationToken);
}
