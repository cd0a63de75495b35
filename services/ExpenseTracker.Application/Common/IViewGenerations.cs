namespace ExpenseTracker.Application.Common;

/// <summary>
/// A number per user that every change to the user's data moves on. Cached views are keyed by it, so a view cached
/// before a change is never read after it, by any process, whatever that process's memory still holds.
/// </summary>
public interface IViewGenerations
{
    /// <summary>The user's current generation, or null when it cannot be known right now (then no cached view may be trusted).</summary>
    ValueTask<long?> CurrentAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Moves the user to a new generation. Called after a change is stored and before it is acknowledged.</summary>
    ValueTask AdvanceAsync(string userId, CancellationToken cancellationToken);
}
