using System.Text.Json.Serialization;

namespace ExpenseTracker.Cli.SignIn;

[JsonConverter(typeof(JsonStringEnumConverter<LoginMode>))]
public enum LoginMode
{
    /// <summary>A token from the API's own local sign-in endpoint; renewed without asking while the user name stays the same.</summary>
    [JsonStringEnumMemberName("local")]
    Local,

    /// <summary>Microsoft Entra ID through the device-code flow; MSAL keeps and refreshes the tokens.</summary>
    [JsonStringEnumMemberName("entra")]
    Entra,
}

/// <summary>What <c>expense login</c> keeps in the config folder (owner-only): which API, who, and the token or how to get one.</summary>
public sealed record StoredLogin(
    string ApiUrl,
    LoginMode Mode,
    string? User,
    string? AccessToken,
    DateTimeOffset? ExpiresAt,
    EntraSettings? Entra);

/// <summary>The public client application to sign in with, and the account MSAL signed in.</summary>
public sealed record EntraSettings(string TenantId, string ClientId, IReadOnlyList<string> Scopes, string? AccountId);
