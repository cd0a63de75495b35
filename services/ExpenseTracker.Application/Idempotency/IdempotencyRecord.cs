namespace ExpenseTracker.Application.Idempotency;

/// <summary>The first successful answer to a request sent with an Idempotency-Key, kept for replays.</summary>
public sealed record IdempotencyRecord(
    string UserId,
    string Key,
    string RequestHash,
    int StatusCode,
    string ResponseBody,
    DateTimeOffset CreatedAt)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public const int MaxKeyLength = 255;

    public DateTimeOffset ExpiresAt => CreatedAt + Lifetime;
}
