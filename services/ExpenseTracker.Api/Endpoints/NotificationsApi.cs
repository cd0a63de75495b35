using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Notifications;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExpenseTracker.Api.Endpoints;

public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("", List).WithName("ListNotifications")
            .WithSummary("List notifications, newest first")
            .WithDescription("New ones are also pushed live over the SignalR hub at /hubs/notifications (method 'notification').");
        notifications.MapPost("/{id:guid}/read", MarkRead).WithName("MarkNotificationRead").WithSummary("Mark a notification read");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<NotificationResponse>>> List(HttpContext context, NotificationService notifications) =>
        TypedResults.Ok(await notifications.ListAsync(context.User.GetUserId(), context.RequestAborted));

    private static async Task<Results<Ok<NotificationResponse>, ProblemHttpResult>> MarkRead(Guid id, HttpContext context, NotificationService notifications)
    {
        var result = await notifications.MarkReadAsync(context.User.GetUserId(), id, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
    }
}
