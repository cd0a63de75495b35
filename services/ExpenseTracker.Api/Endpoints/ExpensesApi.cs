using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ExpenseTracker.Api.Endpoints;

public static class ExpensesApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static RouteGroupBuilder MapExpensesApi(this RouteGroupBuilder api)
    {
        var expenses = api.MapGroup("/expenses").WithTags("Expenses");
        expenses.MapGet("", List).WithName("ListExpenses").WithSummary("List expenses, filtered, sorted and paged");
        expenses.MapPost("", Create).WithName("CreateExpense").WithSummary("Record an expense");
        expenses.MapGet("/{id:guid}", Get).WithName("GetExpense").WithSummary("Read an expense");
        expenses.MapPut("/{id:guid}", Replace).WithName("ReplaceExpense").WithSummary("Replace an expense");
        expenses.MapDelete("/{id:guid}", Delete).WithName("DeleteExpense").WithSummary("Delete an expense");
        return api;
    }

    private static async Task<Results<Ok<PagedResponse<ExpenseResponse>>, ProblemHttpResult>> List(
        [AsParameters] ExpenseQuery query, HttpContext context, ExpenseService expenses)
    {
        var result = await expenses.ListAsync(context.User.GetUserId(), query, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
    }

    private static async Task<Results<Created<ExpenseResponse>, ProblemHttpResult>> Create(
        ExpenseRequest request,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        HttpContext context,
        ExpenseService expenses)
    {
        var result = await expenses.CreateAsync(context.User.GetUserId(), request, idempotencyKey, context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var (expense, replayed) = result.Value;
        context.Response.Headers.ETag = ETags.For(expense.Version);
        if (replayed)
        {
            context.Response.Headers[ReplayedHeader] = "true";
        }

        return TypedResults.Created($"{ApiEndpoints.Prefix}/expenses/{expense.Id}", expense);
    }

    private static async Task<Results<Ok<ExpenseResponse>, ProblemHttpResult>> Get(Guid id, HttpContext context, ExpenseService expenses)
    {
        var result = await expenses.GetAsync(context.User.GetUserId(), id, context.RequestAborted);
        return result.IsSuccess ? OkWithETag(result.Value, context) : result.Error.ToProblem();
    }

    private static async Task<Results<Ok<ExpenseResponse>, ProblemHttpResult>> Replace(
        Guid id, ExpenseRequest request, HttpContext context, ExpenseService expenses)
    {
        var result = await expenses.ReplaceAsync(context.User.GetUserId(), id, request, ETags.IfMatchVersion(context.Request), context.RequestAborted);
        return result.IsSuccess ? OkWithETag(result.Value, context) : result.Error.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext context, ExpenseService expenses)
    {
        var result = await expenses.DeleteAsync(context.User.GetUserId(), id, ETags.IfMatchVersion(context.Request), context.RequestAborted);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
    }

    private static Ok<ExpenseResponse> OkWithETag(ExpenseResponse expense, HttpContext context)
    {
        context.Response.Headers.ETag = ETags.For(expense.Version);
        return TypedResults.Ok(expense);
    }
}
