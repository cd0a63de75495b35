using ExpenseTracker.Infrastructure.Messaging;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Api.Identity;

/// <summary>
/// Who may operate the system (dead letters): a token with the <c>ExpenseTracker.Admin</c> app role (Entra ID), or a
/// user id listed in <c>Messaging:AdminUsers</c>. Nobody else, and nobody at all by default.
/// </summary>
public static class AdminPolicy
{
    public const string Name = "admin";
    public const string Role = "ExpenseTracker.Admin";

    public static IServiceCollection AddAdminPolicy(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Name, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
            {
                if (context.User.HasClaim("roles", Role) || context.User.HasClaim("role", Role))
                {
                    return true;
                }

                var admins = (context.Resource as HttpContext)?.RequestServices.GetRequiredService<IOptions<MessagingOptions>>().Value.AdminUsers ?? [];
                return context.User.FindUserId() is { } userId && admins.Contains(userId, StringComparer.Ordinal);
            }))
            .Services;
}
