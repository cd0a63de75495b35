// ISO 4217 codes the API accepts and the decimals (minor units) their amounts may have; the same list as the
// server's Currency type, so that the form refuses what the API would refuse.
const zeroDecimals = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
const threeDecimals = "BHD IQD JOD KWD LYD OMR TND";
const fourDecimals = "CLF UYW";
const twoDecimals =
  "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
  "CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL " +
  "GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR " +
  "LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD " +
  "PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC " +
  "SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";

const minorUnits = new Map<string, number>(
  (
    [
      [zeroDecimals, 0],
      [twoDecimals, 2],
      [threeDecimals, 3],
      [fourDecimals, 4],
    ] as const
  ).flatMap(([codes, digits]) => codes.split(" ").map((code) => [code, digits] as const)),
);

export const currencyCodes: readonly string[] = [...minorUnits.keys()].sort();

export const isCurrency = (code: string): boolean => minorUnits.has(code);

/** The decimals an amount in `code` may have (2 for codes we do not know, which the API refuses anyway). */
export const decimalsOf = (code: string): number => minorUnits.get(code) ?? 2;
