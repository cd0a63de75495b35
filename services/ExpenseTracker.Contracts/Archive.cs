namespace ExpenseTracker.Contracts;

/// <summary>A month of expenses moved to cold storage, as <c>GET /archive</c> lists it (<see cref="Month"/> is <c>yyyy-MM</c>).</summary>
public sealed record ArchivedMonthResponse(string Month, long Count, DateTimeOffset ArchivedAt);
