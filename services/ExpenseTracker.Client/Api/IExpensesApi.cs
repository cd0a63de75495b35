using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Api;

/// <summary>
/// <c>/api/v1/expenses</c>: record, list, read, replace and delete expenses. Calls that answer an <c>ETag</c> return the
/// whole response; <see cref="ApiResponseExtensions.WithETagAsync{T}"/> turns it into the value and its tag.
/// </summary>
public interface IExpensesApi
{
    /// <summary>Lists expenses, filtered, sorted and paged (<c>GET /expenses</c>).</summary>
    [Get("/api/v1/expenses")]
    Task<PagedResponse<ExpenseResponse>> ListAsync([Query] ExpenseQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records an expense (<c>POST /expenses</c>). With an <paramref name="idempotencyKey"/>, repeating the call with the
    /// same body answers the first result and creates nothing; only such calls are retried after a transient failure.
    /// </summary>
    [Post("/api/v1/expenses")]
    Task<IApiResponse<ExpenseResponse>> CreateAsync(
        [Body] ExpenseRequest expense,
        [Header(ApiHeaders.IdempotencyKey)] string? idempotencyKey = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads an expense and its <c>ETag</c> (<c>GET /expenses/{id}</c>).</summary>
    [Get("/api/v1/expenses/{id}")]
    Task<IApiResponse<ExpenseResponse>> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Replaces an expense (<c>PUT /expenses/{id}</c>); a stale <paramref name="ifMatch"/> answers 412 and changes nothing.</summary>
    [Put("/api/v1/expenses/{id}")]
    Task<IApiResponse<ExpenseResponse>> ReplaceAsync(
        Guid id,
        [Body] ExpenseRequest expense,
        [Header(ApiHeaders.IfMatch)] string? ifMatch = null,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes an expense and its receipts (<c>DELETE /expenses/{id}</c>).</summary>
    [Delete("/api/v1/expenses/{id}")]
    Task DeleteAsync(Guid id, [Header(ApiHeaders.IfMatch)] string? ifMatch = null, CancellationToken cancellationToken = default);
}
