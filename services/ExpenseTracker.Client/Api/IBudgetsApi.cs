using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Api;

/// <summary><c>/api/v1/budgets</c>: one monthly budget per category.</summary>
public interface IBudgetsApi
{
    /// <summary>Lists your monthly budgets.</summary>
    [Get("/api/v1/budgets")]
    Task<IReadOnlyList<BudgetResponse>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets the monthly budget of a category.</summary>
    [Put("/api/v1/budgets/{categoryId}")]
    Task<BudgetResponse> SetAsync(Guid categoryId, [Body] BudgetRequest budget, CancellationToken cancellationToken = default);

    /// <summary>Removes the budget of a category.</summary>
    [Delete("/api/v1/budgets/{categoryId}")]
    Task DeleteAsync(Guid categoryId, CancellationToken cancellationToken = default);
}
