using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExpenseTracker.Api.Endpoints;

public static class BudgetsApi
{
    public static RouteGroupBuilder MapBudgetsApi(this RouteGroupBuilder api)
    {
        var budgets = api.MapGroup("/budgets").WithTags("Budgets");
        budgets.MapGet("", List).WithName("ListBudgets").WithSummary("List monthly budgets");
        budgets.MapPut("/{categoryId:guid}", Set).WithName("SetBudget").WithSummary("Set the monthly budget of a category");
        budgets.MapDelete("/{categoryId:guid}", Delete).WithName("DeleteBudget").WithSummary("Remove the budget of a category");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<BudgetResponse>>> List(HttpContext context, BudgetService budgets) =>
        TypedResults.Ok(await budgets.ListAsync(context.User.GetUserId(), context.RequestAborted));

    private static async Task<Results<Ok<BudgetResponse>, ProblemHttpResult>> Set(Guid categoryId, BudgetRequest request, HttpContext context, BudgetService budgets)
    {
        var result = await budgets.SetAsync(context.User.GetUserId(), categoryId, request, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid categoryId, HttpContext context, BudgetService budgets)
    {
        var result = await budgets.DeleteAsync(context.User.GetUserId(), categoryId, context.RequestAborted);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
    }
}
