using System.Globalization;
using ExpenseTracker.Domain.Currencies;

namespace ExpenseTracker.Domain.Users;

/// <summary>How a user wants amounts and dates shown, and which currency a new expense starts in.</summary>
public sealed record UserSettings
{
    public UserSettings(Currency defaultCurrency, string locale)
    {
        if (!IsKnownLocale(locale))
        {
            throw new DomainException($"'{locale}' is not a known locale.");
        }

        DefaultCurrency = defaultCurrency;
        Locale = CultureInfo.GetCultureInfo(locale).Name;
    }

    public static UserSettings Default { get; } = new(Currency.Of("USD"), "en-US");

    public Currency DefaultCurrency { get; }

    public string Locale { get; }

    public static bool IsKnownLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length > 35)
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(locale, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
