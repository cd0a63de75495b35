using System.Security.Claims;

namespace ExpenseTracker.Api.Identity;

public static class UserClaims
{
    private const string ObjectIdClaim = "oid";
    private const string ObjectIdUri = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private const string SubjectClaim = "sub";

    /// <summary>The user id: Entra's object id (<c>oid</c>) when present, else the subject (<c>sub</c>).</summary>
    public static string? FindUserId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true ? null
        : user.FindFirstValue(ObjectIdClaim)
            ?? user.FindFirstValue(ObjectIdUri)
            ?? user.FindFirstValue(SubjectClaim)
            ?? user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string GetUserId(this ClaimsPrincipal user) =>
        user.FindUserId() ?? throw new InvalidOperationException("An authenticated endpoint ran without a user id.");
}
