using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ExpenseTracker.Api.Identity;

/// <summary>Issues tokens for local mode, where the API is its own identity provider.</summary>
public sealed partial class LocalTokenIssuer(SymmetricSecurityKey key, TimeProvider clock)
{
    public const int MaxUserLength = 64;

    private readonly JsonWebTokenHandler _handler = new();

    public static bool IsValidUser(string? user) => user is not null && UserPattern().IsMatch(user);

    public string Issue(string user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = LocalIdentityOptions.Issuer,
            Audience = LocalIdentityOptions.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", user), new Claim("name", user)]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + LocalIdentityOptions.TokenLifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")]
    private static partial Regex UserPattern();
}
