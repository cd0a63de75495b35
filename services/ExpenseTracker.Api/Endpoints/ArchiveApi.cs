using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Archive;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExpenseTracker.Api.Endpoints;

public static class ArchiveApi
{
    public static RouteGroupBuilder MapArchiveApi(this RouteGroupBuilder api)
    {
        var archive = api.MapGroup("/archive").WithTags("Archive");
        archive.MapGet("", List)
            .WithName("ListArchivedMonths")
            .WithSummary("List the months kept in cold storage")
            .WithDescription("Expenses older than Archive:AfterMonths move to cold storage, a month at a time; reports still count them.");
        archive.MapPost("/{month}/restore", Restore)
            .WithName("RestoreArchivedMonth")
            .WithSummary("Bring an archived month back")
            .WithDescription("The expenses come back exactly as they were (ids, versions, receipts); a restored month is not archived again.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ArchivedMonthResponse>>> List(HttpContext context, ArchiveService archive) =>
        TypedResults.Ok(await archive.ListAsync(context.User.GetUserId(), context.RequestAborted));

    private static async Task<Results<Ok<RestoreResponse>, ProblemHttpResult>> Restore(string month, HttpContext context, ArchiveService archive)
    {
        var result = await archive.RestoreAsync(context.User.GetUserId(), month, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
    }
}
