namespace ExpenseTracker.Contracts;

/// <summary>
/// What a client needs to know before signing in: <c>identity</c> is <c>local</c> (use <c>POST /dev/token</c>) or
/// <c>entra</c> (sign in with Microsoft Entra ID through MSAL, with the values in <c>entra</c>).
/// </summary>
public sealed record ClientConfigResponse(string Identity, EntraClientConfig? Entra);

/// <summary>The public values a browser app needs to sign in with Entra ID: none of them is a secret.</summary>
public sealed record EntraClientConfig(string ClientId, string Authority, IReadOnlyList<string> Scopes);
