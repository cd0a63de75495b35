using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Recurring;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExpenseTracker.Api.Endpoints;

public static class RecurringApi
{
    public static RouteGroupBuilder MapRecurringApi(this RouteGroupBuilder api)
    {
        var recurring = api.MapGroup("/recurring").WithTags("Recurring expenses");
        recurring.MapGet("", List).WithName("ListRecurring").WithSummary("List recurring expenses");
        recurring.MapPost("", Create).WithName("CreateRecurring")
            .WithSummary("Create a recurring expense")
            .WithDescription("An expense template plus frequency (weekly, monthly or yearly), interval, startDate and optional endDate. Each due occurrence becomes an expense exactly once.");
        recurring.MapPut("/{id:guid}", Replace).WithName("ReplaceRecurring").WithSummary("Replace a recurring expense");
        recurring.MapDelete("/{id:guid}", Delete).WithName("DeleteRecurring").WithSummary("Delete a recurring expense (the expenses it created stay)");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<RecurringResponse>>> List(HttpContext context, RecurringService recurring) =>
        TypedResults.Ok(await recurring.ListAsync(context.User.GetUserId(), context.RequestAborted));

    private static async Task<Results<Created<RecurringResponse>, ProblemHttpResult>> Create(RecurringRequest request, HttpContext context, RecurringService recurring)
    {
        var result = await recurring.CreateAsync(context.User.GetUserId(), request, context.RequestAborted);
        return result.IsSuccess
            ? TypedResults.Created($"{ApiEndpoints.Prefix}/recurring/{result.Value.Id}", result.Value)
            : result.Error.ToProblem();
    }

    private static async Task<Results<Ok<RecurringResponse>, ProblemHttpResult>> Replace(Guid id, RecurringRequest request, HttpContext context, RecurringService recurring)
    {
        var result = await recurring.ReplaceAsync(context.User.GetUserId(), id, request, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext context, RecurringService recurring)
    {
        var result = await recurring.DeleteAsync(context.User.GetUserId(), id, context.RequestAborted);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
    }
}
