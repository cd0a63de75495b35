using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExpenseTracker.Api.Endpoints;

public static class DevTokenApi
{
    /// <summary><c>POST /api/v1/dev/token</c>: a token for any user name. Mapped in local mode only.</summary>
    public static RouteGroupBuilder MapDevTokenApi(this RouteGroupBuilder api)
    {
        api.MapPost("/dev/token", IssueToken)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingExtensions.PerUserPolicy)
            .WithTags("Local sign-in")
            .WithSummary("Sign in locally")
            .WithDescription("Local mode only (no AzureAd:ClientId configured): answers a one-hour token for the user name given.");
        return api;
    }

    private static Results<Ok<DevTokenResponse>, ProblemHttpResult> IssueToken(DevTokenRequest request, LocalTokenIssuer issuer)
    {
        if (!LocalTokenIssuer.IsValidUser(request.User))
        {
            return Error.Validation("user", $"A user name has 1 to {LocalTokenIssuer.MaxUserLength} letters, digits, '.', '_', '@' or '-'.").ToProblem();
        }

        return TypedResults.Ok(new DevTokenResponse(issuer.Issue(request.User!), "Bearer", (int)LocalIdentityOptions.TokenLifetime.TotalSeconds));
    }
}
