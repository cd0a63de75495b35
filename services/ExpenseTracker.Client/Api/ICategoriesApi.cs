using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Api;

/// <summary><c>/api/v1/categories</c>: names are unique per user, case-insensitively.</summary>
public interface ICategoriesApi
{
    /// <summary>Lists your categories; a new user starts with a default set.</summary>
    [Get("/api/v1/categories")]
    Task<IReadOnlyList<CategoryResponse>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a category; a name you already use answers 409.</summary>
    [Post("/api/v1/categories")]
    Task<CategoryResponse> CreateAsync([Body] CategoryRequest category, CancellationToken cancellationToken = default);

    /// <summary>Renames or recolors a category.</summary>
    [Put("/api/v1/categories/{id}")]
    Task<CategoryResponse> UpdateAsync(Guid id, [Body] CategoryRequest category, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a category and its budget. A category in use answers 409 unless <paramref name="reassignTo"/> names the
    /// category its expenses move to.
    /// </summary>
    [Delete("/api/v1/categories/{id}")]
    Task DeleteAsync(Guid id, [Query] Guid? reassignTo = null, CancellationToken cancellationToken = default);
}
