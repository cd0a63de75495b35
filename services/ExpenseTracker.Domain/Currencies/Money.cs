namespace ExpenseTracker.Domain.Currencies;

/// <summary>
/// An exact amount in one currency. Amounts never carry more decimals than the currency allows, and amounts in
/// different currencies are never added or compared: that would silently mix euros and yen.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    /// <summary>The largest amount a single expense or budget may have.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    private Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public Currency Currency { get; }

    /// <summary>Creates money from an amount that must already fit the currency's minor units.</summary>
    public static Money Of(decimal amount, Currency currency)
    {
        if (!FitsMinorUnits(amount, currency))
        {
            throw new DomainException($"{currency} amounts have at most {currency.MinorUnits} decimals.");
        }

        return FromMinorUnits(ToMinorUnits(amount, currency), currency);
    }

    /// <summary>Rounds a computed amount (a share, an average) to the currency's minor units, half to even.</summary>
    public static Money Round(decimal amount, Currency currency, MidpointRounding rounding = MidpointRounding.ToEven) =>
        Of(decimal.Round(amount, currency.MinorUnits, rounding), currency);

    public static Money Zero(Currency currency) => FromMinorUnits(0, currency);

    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        var magnitude = (ulong)Math.Abs(minorUnits);
        return new Money(
            new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, minorUnits < 0, (byte)currency.MinorUnits),
            currency);
    }

    public static bool FitsMinorUnits(decimal amount, Currency currency) =>
        decimal.Round(amount, currency.MinorUnits) == amount;

    public long MinorUnits => ToMinorUnits(Amount, Currency);

    public bool IsPositive => Amount > 0;

    public Money Add(Money other)
    {
        EnsureSameCurrency(other);
        return new Money(Amount + other.Amount, Currency);
    }

    public Money Subtract(Money other)
    {
        EnsureSameCurrency(other);
        return new Money(Amount - other.Amount, Currency);
    }

    /// <summary>This amount as a percentage of <paramref name="whole"/>, on a 0–100 scale with two decimals.</summary>
    public decimal PercentOf(Money whole)
    {
        EnsureSameCurrency(whole);
        if (whole.Amount == 0)
        {
            throw new DomainException("Cannot take a percentage of zero.");
        }

        return decimal.Round(Amount * 100m / whole.Amount, 2, MidpointRounding.AwayFromZero);
    }

    public int CompareTo(Money other)
    {
        EnsureSameCurrency(other);
        return Amount.CompareTo(other.Amount);
    }

    public static Money operator +(Money left, Money right) => left.Add(right);

    public static Money operator -(Money left, Money right) => left.Subtract(right);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public override string ToString() =>
        $"{Amount.ToString($"F{Currency.MinorUnits}", System.Globalization.CultureInfo.InvariantCulture)} {Currency}";

    private static long ToMinorUnits(decimal amount, Currency currency) =>
        decimal.ToInt64(amount * Pow10(currency.MinorUnits));

    private static decimal Pow10(int exponent) => exponent switch
    {
        0 => 1m,
        1 => 10m,
        2 => 100m,
        3 => 1000m,
        4 => 10000m,
        _ => throw new ArgumentOutOfRangeException(nameof(exponent)),
    };

    private void EnsureSameCurrency(Money other)
    {
        if (Currency != other.Currency)
        {
            throw new CurrencyMismatchException(Currency, other.Currency);
        }
    }
}
