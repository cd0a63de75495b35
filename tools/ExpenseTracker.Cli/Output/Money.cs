using System.Globalization;

namespace ExpenseTracker.Cli.Output;

/// <summary>Amounts as the API sends them (with their currency's decimals), followed by the currency code.</summary>
internal static class Money
{
    public static string Format(decimal amount, string currency) => $"{amount.ToString(CultureInfo.InvariantCulture)} {currency}";

    public static decimal Parse(string text, string what) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw new UsageException($"'{text}' is not {what}: write it like 12.50 (a dot before the decimals).");
}
