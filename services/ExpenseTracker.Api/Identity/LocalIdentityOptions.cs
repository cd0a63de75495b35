namespace ExpenseTracker.Api.Identity;

/// <summary>The tokens the API issues itself when no Entra ID tenant is configured.</summary>
public static class LocalIdentityOptions
{
    public const string Issuer = "expensetracker-local";
    public const string Audience = "expensetracker-api";
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);
}
