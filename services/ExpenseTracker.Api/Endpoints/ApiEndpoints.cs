using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ExpenseTracker.Api.Endpoints;

public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>JSON bodies are small; uploads and imports set their own, larger limits.</summary>
    public const long JsonBodyLimit = 1024 * 1024;

    public static WebApplication MapExpenseTrackerApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).WithMetadata(new RequestSizeLimitAttribute(JsonBodyLimit));

        api.MapClientConfigApi();
        if (app.Configuration.IsLocalIdentity())
        {
            app.WarnIfLocalIdentity();
            api.MapDevTokenApi();
        }

        var signedIn = api.MapGroup(string.Empty)
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitingExtensions.PerUserPolicy)
            .AddEndpointFilter<UserProvisioningFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        signedIn.MapExpensesApi();
        signedIn.MapReceiptsApi();
        signedIn.MapExpenseCsvApi();
        signedIn.MapArchiveApi();
        signedIn.MapCategoriesApi();
        signedIn.MapBudgetsApi();
        signedIn.MapReportsApi();
        signedIn.MapSettingsApi();
        signedIn.MapRecurringApi();
        signedIn.MapNotificationsApi();
        signedIn.MapDeadLettersApi();
        return app;
    }
}
