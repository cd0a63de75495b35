namespace ExpenseTracker.Application.Events;

/// <summary>Where a consumer runs, and how many of its instances see each message.</summary>
public enum ConsumerPlacement
{
    /// <summary>In the worker (in the API in standalone mode); one worker handles each message.</summary>
    Worker,

    /// <summary>In every API process: each one handles each message (it acts on that process's own state, like its memory cache).</summary>
    EveryApiInstance,

    /// <summary>In the API; one API process handles each message.</summary>
    AnyApiInstance,
}

/// <summary>Who handles a message, and which message it is: the key a consumer records to have its effect once.</summary>
public sealed record MessageReceipt(string Consumer, Guid MessageId);

/// <summary>
/// Reacts to integration events. A message may arrive more than once (a redelivery after a crash, a relay that
/// published again): a consumer whose effect must happen once records the receipt in the same transaction as the effect.
/// Throwing asks for a retry; after the last retry the message goes to the dead-letter queue.
/// </summary>
public interface IIntegrationEventConsumer
{
    /// <summary>Names the consumer's queue and its processed-message records; never change it once released.</summary>
    string Name { get; }

    /// <summary>The event types (<see cref="OutboxMessage.Type"/>) the consumer wants.</summary>
    IReadOnlyCollection<string> EventTypes { get; }

    Task HandleAsync(IntegrationEvent @event, MessageReceipt receipt, CancellationToken cancellationToken);
}

/// <summary>
/// A consumer as the bus knows it before creating it: its type, where it runs, its name and the event types it wants
/// (a process declares queues for consumers it does not run itself).
/// </summary>
public sealed record ConsumerRegistration(Type ConsumerType, ConsumerPlacement Placement, string Name, IReadOnlyCollection<string> EventTypes);
