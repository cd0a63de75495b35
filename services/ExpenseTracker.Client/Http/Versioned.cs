namespace ExpenseTracker.Client;

/// <summary>A resource and the entity tag it was read with: pass <see cref="ETag"/> as <c>If-Match</c> to change it safely.</summary>
public sealed record Versioned<T>(T Value, string ETag);
