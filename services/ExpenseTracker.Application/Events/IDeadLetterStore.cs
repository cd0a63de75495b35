namespace ExpenseTracker.Application.Events;

/// <summary>A dead letter as its store keeps it: <see cref="Key"/> names it for removal, <see cref="TraceParent"/> continues its trace on replay.</summary>
public sealed record StoredDeadLetter(string Key, DeadLetter Letter, string? TraceParent);

/// <summary>
/// Where the in-process bus keeps the messages a consumer failed on every retry, in the database so that they survive
/// a restart (a broker keeps its own dead-letter queues).
/// </summary>
public interface IDeadLetterStore
{
    Task AddAsync(string consumer, OutboxMessage message, int attempts, string? error, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> dead letters, oldest first.</summary>
    Task<IReadOnlyList<StoredDeadLetter>> ListAsync(int max, CancellationToken cancellationToken);

    /// <summary>Removes the dead letter; false when it was already gone.</summary>
    Task<bool> RemoveAsync(string key, CancellationToken cancellationToken);
}
