using System.Text.Json.Serialization;

namespace ExpenseTracker.Contracts;

public sealed record DevTokenRequest(string? User);

public sealed record DevTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
