namespace ExpenseTracker.Application.Idempotency;

public interface IIdempotencyStore
{
    /// <summary>The user's record for the key, if one was made after <paramref name="notBefore"/>.</summary>
    Task<IdempotencyRecord?> FindAsync(string userId, string key, DateTimeOffset notBefore, CancellationToken cancellationToken);
}
