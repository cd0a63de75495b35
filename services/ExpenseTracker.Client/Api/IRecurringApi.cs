using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Api;

/// <summary><c>/api/v1/recurring</c>: expense templates the worker turns into expenses, each due occurrence once.</summary>
public interface IRecurringApi
{
    /// <summary>Lists your recurring expenses.</summary>
    [Get("/api/v1/recurring")]
    Task<IReadOnlyList<RecurringResponse>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a recurring expense (<c>frequency</c> is <c>weekly</c>, <c>monthly</c> or <c>yearly</c>).</summary>
    [Post("/api/v1/recurring")]
    Task<RecurringResponse> CreateAsync([Body] RecurringRequest recurring, CancellationToken cancellationToken = default);

    /// <summary>Replaces a recurring expense.</summary>
    [Put("/api/v1/recurring/{id}")]
    Task<RecurringResponse> UpdateAsync(Guid id, [Body] RecurringRequest recurring, CancellationToken cancellationToken = default);

    /// <summary>Deletes a recurring expense; expenses it already created stay.</summary>
    [Delete("/api/v1/recurring/{id}")]
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
