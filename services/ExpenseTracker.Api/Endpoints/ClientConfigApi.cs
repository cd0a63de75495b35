using ExpenseTracker.Api.Identity;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExpenseTracker.Api.Endpoints;

public static class ClientConfigApi
{
    /// <summary><c>GET /api/v1/client-config</c>: how the web app signs in here. Anonymous: it is read before sign-in.</summary>
    public static RouteGroupBuilder MapClientConfigApi(this RouteGroupBuilder api)
    {
        api.MapGet("/client-config", Get)
            .AllowAnonymous()
            .RequireRateLimiting(Http.RateLimitingExtensions.PerUserPolicy)
            .WithTags("Sign-in")
            .WithName("ClientConfig")
            .WithSummary("How clients sign in to this server")
            .WithDescription("identity is 'local' (POST /api/v1/dev/token) or 'entra' (Microsoft Entra ID, with the client id, authority and scopes a browser app uses).");
        return api;
    }

    private static Ok<ClientConfigResponse> Get(IConfiguration configuration) =>
        TypedResults.Ok(configuration.IsLocalIdentity()
            ? new ClientConfigResponse("local", null)
            : new ClientConfigResponse("entra", EntraFor(configuration)));

    /// <summary>
    /// The browser app's own registration (<c>Web:Entra:ClientId</c>) when it has one, else the API's; the scope it
    /// asks for defaults to everything granted on the API (<c>{audience}/.default</c>).
    /// </summary>
    private static EntraClientConfig EntraFor(IConfiguration configuration)
    {
        var section = configuration.GetSection(IdentityExtensions.AzureAdSection);
        var apiClientId = section["ClientId"]!;
        var instance = (section["Instance"] is { Length: > 0 } configured ? configured : "https://login.microsoftonline.com/").TrimEnd('/');
        var tenant = section["TenantId"] is { Length: > 0 } tenantId ? tenantId : "common";
        var audience = section["Audience"] is { Length: > 0 } configuredAudience ? configuredAudience : $"api://{apiClientId}";
        var scopes = configuration.GetSection("Web:Entra:Scopes").Get<string[]>() is { Length: > 0 } configuredScopes
            ? configuredScopes
            : [$"{audience.TrimEnd('/')}/.default"];
        var clientId = configuration["Web:Entra:ClientId"] is { Length: > 0 } webClientId ? webClientId : apiClientId;
        return new EntraClientConfig(clientId, $"{instance}/{tenant}", scopes);
    }
}
