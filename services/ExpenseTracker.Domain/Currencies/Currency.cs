using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace ExpenseTracker.Domain.Currencies;

/// <summary>An ISO 4217 currency and the number of decimals (minor units) its amounts may have.</summary>
public readonly record struct Currency
{
    private Currency(string code, int minorUnits)
    {
        Code = code;
        MinorUnits = minorUnits;
    }

    public string Code { get; }

    public int MinorUnits { get; }

    public static IReadOnlyCollection<string> KnownCodes => Iso4217.MinorUnits.Keys;

    public static Currency Of(string code) =>
        TryOf(code, out var currency) ? currency : throw new DomainException($"'{code}' is not an ISO 4217 currency code.");

    public static bool TryOf([NotNullWhen(true)] string? code, out Currency currency)
    {
        if (code is not null && Iso4217.MinorUnits.TryGetValue(code, out var minorUnits))
        {
            currency = new Currency(code, minorUnits);
            return true;
        }

        currency = default;
        return false;
    }

    public override string ToString() => Code;

    private static class Iso4217
    {
        // Active ISO 4217 codes (list of 2025-2026). Funds and precious metals are left out on purpose:
        // nobody records a coffee in XAU.
        private const string ZeroDecimals = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
        private const string ThreeDecimals = "BHD IQD JOD KWD LYD OMR TND";
        private const string FourDecimals = "CLF UYW";
        private const string TwoDecimals =
            "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
            "CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL " +
            "GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR " +
            "LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD " +
            "PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC " +
            "SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";

        public static readonly FrozenDictionary<string, int> MinorUnits = new[]
            {
                (ZeroDecimals, 0),
                (TwoDecimals, 2),
                (ThreeDecimals, 3),
                (FourDecimals, 4),
            }
            .SelectMany(group => group.Item1
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(code => KeyValuePair.Create(code, group.Item2)))
            .ToFrozenDictionary(StringComparer.Ordinal);
    }
}
