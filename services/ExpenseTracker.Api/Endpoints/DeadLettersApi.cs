using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Events;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExpenseTracker.Api.Endpoints;

/// <summary>
/// <c>/api/v1/admin/dead-letters</c>: messages that failed every retry, for an operator to inspect and send back to
/// their consumer once the cause is fixed. Only administrators (see <see cref="AdminPolicy"/>) reach them.
/// </summary>
public static class DeadLettersApi
{
    public const int MaxBatch = 1000;

    public sealed record DeadLetterResponse(string Consumer, Guid MessageId, string Type, string UserId, DateTimeOffset OccurredAt, int Attempts, string? Error, string Payload);

    public sealed record ReplayResponse(int Replayed);

    public static RouteGroupBuilder MapDeadLettersApi(this RouteGroupBuilder api)
    {
        var deadLetters = api.MapGroup("/admin/dead-letters").WithTags("Administration").RequireAuthorization(AdminPolicy.Name);
        deadLetters.MapGet("", List).WithName("ListDeadLetters").WithSummary("List dead letters, oldest first (at most 'max', default 100)");
        deadLetters.MapPost("/replay", Replay).WithName("ReplayDeadLetters").WithSummary("Send dead letters back to their consumer with fresh retries");
        return api;
    }

    private static async Task<Ok<List<DeadLetterResponse>>> List(int? max, IDeadLetterQueue queue, HttpContext context)
    {
        var letters = await queue.ListAsync(Math.Clamp(max ?? 100, 1, MaxBatch), context.RequestAborted);
        return TypedResults.Ok(letters
            .Select(letter => new DeadLetterResponse(letter.Consumer, letter.MessageId, letter.Type, letter.UserId, letter.OccurredAt, letter.Attempts, letter.Error, letter.Payload))
            .ToList());
    }

    private static async Task<Ok<ReplayResponse>> Replay(int? max, IDeadLetterQueue queue, HttpContext context) =>
        TypedResults.Ok(new ReplayResponse(await queue.ReplayAsync(Math.Clamp(max ?? 100, 1, MaxBatch), context.RequestAborted)));
}
