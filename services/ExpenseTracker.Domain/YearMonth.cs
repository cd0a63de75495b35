using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ExpenseTracker.Domain;

/// <summary>A calendar month such as 2026-11: the unit of budgets, reports and the archive.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    public YearMonth(int year, int month)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            throw new DomainException("A month is written yyyy-MM.");
        }

        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public static bool TryParse([NotNullWhen(true)] string? text, out YearMonth month)
    {
        if (text is { Length: 7 }
            && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            month = Of(date);
            return true;
        }

        month = default;
        return false;
    }

    public static YearMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new DomainException($"'{text}' is not a month written yyyy-MM.");

    public YearMonth AddMonths(int months) => Of(FirstDay.AddMonths(months));

    /// <summary>The number of months from <paramref name="other"/> to this month (positive when this one is later).</summary>
    public int MonthsSince(YearMonth other) => (Year - other.Year) * 12 + (Month - other.Month);

    public int CompareTo(YearMonth other) => MonthsSince(other).CompareTo(0);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
