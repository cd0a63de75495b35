using ExpenseTracker.Client.Api;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ExpenseTracker.Client.Http;

/// <summary>
/// The standard resilience handler retries every method. A POST that failed in flight may have been applied, so
/// repeating it could record an expense twice: only POSTs that carry an <c>Idempotency-Key</c> are retried.
/// </summary>
internal static class RetrySafety
{
    public static void RetryOnlyRepeatableRequests(HttpRetryStrategyOptions options, bool retry)
    {
        var shouldHandle = options.ShouldHandle;
        options.ShouldHandle = async arguments =>
            retry && await shouldHandle(arguments) && IsRepeatable(arguments.Context.GetRequestMessage());
    }

    public static bool IsRepeatable(HttpRequestMessage? request) =>
        request is null
        || (request.Method != HttpMethod.Post && request.Method != HttpMethod.Patch)
        || request.Headers.Contains(ApiHeaders.IdempotencyKey);
}
