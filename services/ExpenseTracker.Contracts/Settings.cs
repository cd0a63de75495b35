namespace ExpenseTracker.Contracts;

public sealed record SettingsRequest(string? DefaultCurrency, string? Locale);

public sealed record SettingsResponse(string DefaultCurrency, string Locale);
