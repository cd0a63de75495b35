using System.Text.RegularExpressions;

namespace ExpenseTracker.AppHost.Tests.Infrastructure;

/// <summary>Finds secrets written as literal text where a published file should only refer to a parameter.</summary>
public static partial class SecretCheck
{
    /// <summary>The places a secret sits: a password in a URL or connection string, an account key, a secret variable.</summary>
    [GeneratedRegex(@"(?i)(?:(?:password=|accountkey=|devstoreaccount1:)(?<secret>[^;@,\s""]*)|://[^:/@\s]+:(?<secret>[^@/\s]*)@)")]
    private static partial Regex SecretPosition();

    /// <summary>The literal secrets in a value whose secret positions should all begin with <paramref name="referencePrefix"/>.</summary>
    public static IEnumerable<string> LiteralSecrets(string value, string referencePrefix) =>
        SecretPosition().Matches(value)
            .Select(match => match.Groups["secret"].Value)
            .Where(secret => !secret.StartsWith(referencePrefix, StringComparison.Ordinal));

    public static bool NamesASecret(string variable) =>
        variable.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase)
        || variable.EndsWith("_PASS", StringComparison.OrdinalIgnoreCase)
        || variable.EndsWith("KEY", StringComparison.OrdinalIgnoreCase)
        || variable.Contains("SECRET", StringComparison.OrdinalIgnoreCase);
}
