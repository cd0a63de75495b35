using System.Globalization;
using ExpenseTracker.Domain.Currencies;

namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>How values are written to and read from the embedded database.</summary>
internal static class SqliteValues
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset moment) => moment.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset Timestamp(string text) =>
        DateTimeOffset.ParseExact(text, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static string Id(Guid id) => id.ToString("D");

    public static string? Id(Guid? id) => id?.ToString("D");

    public static Guid? OptionalId(string? text) => text is null ? null : Guid.Parse(text);

    public static Money Money(long minorUnits, string currency) =>
        Domain.Currencies.Money.FromMinorUnits(minorUnits, Currency.Of(currency));

    /// <summary>An amount in ten-thousandths: exact for every currency, and comparable across currencies.</summary>
    public static long TenThousandths(decimal amount) => decimal.ToInt64(amount * 10_000m);
}
