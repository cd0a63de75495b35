using System.Text.Json.Serialization;
using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.ServiceDefaults;
using Microsoft.AspNetCore.Http.Json;

namespace ExpenseTracker.Api;

public static class ApiServiceExtensions
{
    /// <summary>Everything the HTTP surface needs: JSON rules, problem details, identity, rate limits, OpenAPI.</summary>
    public static WebApplicationBuilder AddApiServices(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(options =>
        {
            // An amount is a JSON number: "12.50" in quotes is a client bug worth reporting, not guessing.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.AllowOutOfOrderMetadataProperties = true;
        });
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        builder.Services.AddApiProblemDetails();
        builder.AddExpenseTrackerIdentity();
        builder.AddPerUserRateLimiting();
        builder.Services.AddApiDocumentation();
        return builder;
    }

    public static WebApplication UseApiPipeline(this WebApplication app)
    {
        app.UseRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseUserLogContext(context => context.User.FindUserId());
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
