using ExpenseTracker.Application.Events;

namespace ExpenseTracker.Infrastructure.Messaging.InProcess;

/// <summary>The in-process bus's dead letters: listed from the database, replayed to their consumer with fresh retries.</summary>
public sealed class InProcessDeadLetterQueue(IDeadLetterStore store, ConsumerSet consumers, InProcessEventBus bus) : IDeadLetterQueue
{
    public async Task<IReadOnlyList<DeadLetter>> ListAsync(int max, CancellationToken cancellationToken) =>
        (await store.ListAsync(max, cancellationToken)).Select(entry => entry.Letter).ToList();

    public async Task<int> ReplayAsync(int max, CancellationToken cancellationToken)
    {
        var replayed = 0;
        foreach (var (key, letter, traceParent) in await store.ListAsync(max, cancellationToken))
        {
            // Delivered before it is removed, so a crash in between loses nothing; a replay that fails again is
            // dead-lettered again, as a new entry.
            var message = new OutboxMessage(letter.MessageId, letter.Type, letter.Payload, letter.OccurredAt, letter.UserId, traceParent);
            if (consumers.Find(letter.Consumer) is { } consumer)
            {
                await bus.DeliverAsync(consumer, message, traceParent, cancellationToken);
            }

            await store.RemoveAsync(key, cancellationToken);
            replayed++;
        }

        return replayed;
    }
}
