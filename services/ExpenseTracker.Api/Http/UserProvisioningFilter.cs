using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Users;

namespace ExpenseTracker.Api.Http;

/// <summary>Before a user's first request is served, gives them their default settings and categories.</summary>
internal sealed class UserProvisioningFilter(UserProvisioning provisioning) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        await provisioning.EnsureAsync(context.HttpContext.User.GetUserId(), context.HttpContext.RequestAborted);
        return await next(context);
    }
}
