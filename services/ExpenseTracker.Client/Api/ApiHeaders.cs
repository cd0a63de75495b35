namespace ExpenseTracker.Client.Api;

/// <summary>The request headers the ExpenseTracker API gives a meaning to.</summary>
public static class ApiHeaders
{
    /// <summary>Makes <c>POST /expenses</c> safe to repeat: the same key and body within 24 h answers the first result.</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>The entity tag a change expects; a stale one answers 412 and changes nothing.</summary>
    public const string IfMatch = "If-Match";
}
