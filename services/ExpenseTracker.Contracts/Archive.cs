namespace ExpenseTracker.Contracts;

/// <summary>A month of a user's expenses kept in cold storage.</summary>
public sealed record ArchivedMonthResponse(string Month, long ExpenseCount, DateTimeOffset ArchivedAt);

/// <summary>What <c>POST /archive/{month}/restore</c> brought back.</summary>
public sealed record RestoreResponse(string Month, long Restored);
