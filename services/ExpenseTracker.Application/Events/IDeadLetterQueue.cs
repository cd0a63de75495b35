namespace ExpenseTracker.Application.Events;

/// <summary>A message that failed every retry of one consumer, kept for a person to look at.</summary>
public sealed record DeadLetter(string Consumer, Guid MessageId, string Type, string UserId, DateTimeOffset OccurredAt, int Attempts, string? Error, string Payload);

/// <summary>Where messages go after their last retry; they can be listed and sent back to their consumer.</summary>
public interface IDeadLetterQueue
{
    /// <summary>Up to <paramref name="max"/> dead letters, oldest first, without removing them.</summary>
    Task<IReadOnlyList<DeadLetter>> ListAsync(int max, CancellationToken cancellationToken);

    /// <summary>Sends up to <paramref name="max"/> dead letters back to their consumer with fresh retries; answers how many.</summary>
    Task<int> ReplayAsync(int max, CancellationToken cancellationToken);
}
