using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Users;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExpenseTracker.Api.Endpoints;

public static class SettingsApi
{
    public static RouteGroupBuilder MapSettingsApi(this RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/me/settings").WithTags("Settings");
        settings.MapGet("", Get).WithName("GetSettings").WithSummary("Read your settings");
        settings.MapPut("", Save).WithName("SaveSettings").WithSummary("Change your default currency and locale");
        return api;
    }

    private static async Task<Ok<SettingsResponse>> Get(HttpContext context, SettingsService settings) =>
        TypedResults.Ok(await settings.GetAsync(context.User.GetUserId(), context.RequestAborted));

    private static async Task<Results<Ok<SettingsResponse>, ProblemHttpResult>> Save(SettingsRequest request, HttpContext context, SettingsService settings)
    {
        var result = await settings.SaveAsync(context.User.GetUserId(), request, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
    }
}
