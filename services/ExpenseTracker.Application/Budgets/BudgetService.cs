using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Budgets;

namespace ExpenseTracker.Application.Budgets;

public sealed class BudgetService(IBudgetStore budgets, ICategoryStore categories, UserViewCache views, TimeProvider clock)
{
    public async Task<IReadOnlyList<BudgetResponse>> ListAsync(string userId, CancellationToken cancellationToken) =>
        (await budgets.ListAsync(userId, cancellationToken)).Select(ToResponse).ToList();

    public async Task<Result<BudgetResponse>> SetAsync(string userId, Guid categoryId, BudgetRequest request, CancellationToken cancellationToken)
    {
        if (!await categories.ExistsAsync(userId, categoryId, cancellationToken))
        {
            return Error.NotFound("Category");
        }

        var errors = new FieldErrors();
        var amount = MoneyInput.Validate(request.Amount, request.Currency, errors);
        if (amount is null)
        {
            return errors.ToError();
        }

        var budget = new Budget(userId, categoryId, amount.Value);
        var message = OutboxMessage.From(new BudgetSet(categoryId, amount.Value.Amount, amount.Value.Currency.Code)
        {
            UserId = userId,
            OccurredAt = clock.GetUtcNow(),
        });
        await budgets.SetAsync(budget, message, cancellationToken);
        await views.InvalidateReportsAsync(userId, cancellationToken);
        return ToResponse(budget);
    }

    public async Task<Result<bool>> DeleteAsync(string userId, Guid categoryId, CancellationToken cancellationToken)
    {
        var message = OutboxMessage.From(new BudgetDeleted(categoryId) { UserId = userId, OccurredAt = clock.GetUtcNow() });
        if (!await budgets.DeleteAsync(userId, categoryId, message, cancellationToken))
        {
            return Error.NotFound("Budget");
        }

        await views.InvalidateReportsAsync(userId, cancellationToken);
        return true;
    }

    private static BudgetResponse ToResponse(Budget budget) =>
        new(budget.CategoryId, budget.Amount.Amount, budget.Amount.Currency.Code);
}
