using ExpenseTracker.Domain;
using ExpenseTracker.Domain.Currencies;

namespace ExpenseTracker.Domain.Tests;

public sealed class MoneyTests
{
    private static readonly Currency Eur = Currency.Of("EUR");
    private static readonly Currency Jpy = Currency.Of("JPY");
    private static readonly Currency Bhd = Currency.Of("BHD");

    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("BHD", 3)]
    [InlineData("KWD", 3)]
    [InlineData("CLF", 4)]
    public void Currencies_know_their_minor_units(string code, int minorUnits) =>
        Assert.Equal(minorUnits, Currency.Of(code).MinorUnits);

    [Theory]
    [InlineData("EURO")]
    [InlineData("eur")]
    [InlineData("XYZ")]
    [InlineData("")]
    public void Unknown_currency_codes_are_refused(string code)
    {
        Assert.False(Currency.TryOf(code, out _));
        Assert.Throws<DomainException>(() => Currency.Of(code));
    }

    [Fact]
    public void Tenths_and_hundredths_add_exactly()
    {
        var sum = Money.Of(0.10m, Eur) + Money.Of(0.20m, Eur);

        Assert.Equal(Money.Of(0.30m, Eur), sum);
        Assert.Equal("0.30", sum.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_thousand_cents_make_ten_euros()
    {
        var total = Enumerable.Repeat(Money.Of(0.01m, Eur), 1000).Aggregate(Money.Zero(Eur), (sum, cent) => sum + cent);

        Assert.Equal(10.00m, total.Amount);
        Assert.Equal(1000, total.MinorUnits);
    }

    [Theory]
    [InlineData("EUR", "12.345")]
    [InlineData("JPY", "100.5")]
    [InlineData("BHD", "1.2345")]
    public void Amounts_with_more_decimals_than_the_currency_allows_are_refused(string code, string amount)
    {
        var currency = Currency.Of(code);
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(Money.FitsMinorUnits(value, currency));
        Assert.Throws<DomainException>(() => Money.Of(value, currency));
    }

    [Theory]
    [InlineData("EUR", "12.3", "12.30")]
    [InlineData("JPY", "100.00", "100")]
    [InlineData("BHD", "1.5", "1.500")]
    public void Amounts_are_shown_with_the_currency_decimals(string code, string amount, string expected)
    {
        var money = Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.Of(code));

        Assert.Equal(expected, money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2.345", "2.34")]
    [InlineData("2.355", "2.36")]
    [InlineData("-2.345", "-2.34")]
    [InlineData("0.005", "0.00")]
    public void Computed_amounts_round_half_to_even(string computed, string expected)
    {
        var rounded = Money.Round(decimal.Parse(computed, System.Globalization.CultureInfo.InvariantCulture), Eur);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded.Amount);
    }

    [Fact]
    public void Yen_round_to_whole_units() =>
        Assert.Equal(1234m, Money.Round(1233.5m, Jpy).Amount);

    [Fact]
    public void Minor_units_round_trip_for_every_scale()
    {
        Assert.Equal(Money.Of(12.34m, Eur), Money.FromMinorUnits(1234, Eur));
        Assert.Equal(Money.Of(1234m, Jpy), Money.FromMinorUnits(1234, Jpy));
        Assert.Equal(Money.Of(1.234m, Bhd), Money.FromMinorUnits(1234, Bhd));
        Assert.Equal(1_000_000_000_000_000L, Money.Of(Money.MaxAmount, Bhd).MinorUnits);
    }

    [Fact]
    public void Adding_different_currencies_is_refused()
    {
        var exception = Assert.Throws<CurrencyMismatchException>(() => Money.Of(1m, Eur) + Money.Of(1m, Jpy));

        Assert.Contains("EUR", exception.Message);
        Assert.Contains("JPY", exception.Message);
    }

    [Fact]
    public void Comparing_different_currencies_is_refused() =>
        Assert.Throws<CurrencyMismatchException>(() => Money.Of(1m, Eur) < Money.Of(1m, Jpy));

    [Theory]
    [InlineData("80.00", "100.00", "80.00")]
    [InlineData("1.00", "3.00", "33.33")]
    [InlineData("2.00", "3.00", "66.67")]
    [InlineData("150.00", "100.00", "150.00")]
    public void Percent_of_a_budget_has_two_decimals(string spent, string budget, string expected)
    {
        var percent = Money.Of(decimal.Parse(spent, System.Globalization.CultureInfo.InvariantCulture), Eur)
            .PercentOf(Money.Of(decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture), Eur));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), percent);
    }
}
