import { decimalsOf } from "./currencies";

/** Formats amounts and dates in one locale; made once per locale, since Intl formatters are costly to create. */
export interface Formatter {
  locale: string;
  money(amount: number, currency: string): string;
  compactMoney(amount: number, currency: string): string;
  date(isoDate: string): string;
  month(yearMonth: string, style?: "long" | "short"): string;
  dateTime(isoTimestamp: string): string;
  number(value: number): string;
}

const cache = new Map<string, Formatter>();

export function formatterFor(requestedLocale: string): Formatter {
  const locale = supportedLocale(requestedLocale);
  const existing = cache.get(locale);
  if (existing) return existing;

  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const compactFormats = new Map<string, Intl.NumberFormat>();
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const longMonth = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const shortMonth = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const numberFormat = new Intl.NumberFormat(locale);

  const formatter: Formatter = {
    locale,
    money(amount, currency) {
      let format = moneyFormats.get(currency);
      if (!format) {
        const digits = decimalsOf(currency);
        format = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
        moneyFormats.set(currency, format);
      }
      return format.format(amount);
    },
    compactMoney(amount, currency) {
      let format = compactFormats.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 });
        compactFormats.set(currency, format);
      }
      return format.format(amount);
    },
    // Calendar dates have no time zone: read and write them as UTC so that no one sees the day before.
    date: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
    month: (yearMonth, style = "long") => (style === "long" ? longMonth : shortMonth).format(new Date(`${yearMonth}-01T00:00:00Z`)),
    dateTime: (isoTimestamp) => dateTimeFormat.format(new Date(isoTimestamp)),
    number: (value) => numberFormat.format(value),
  };
  cache.set(locale, formatter);
  return formatter;
}

function supportedLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale])[0] ?? "en-US";
  } catch {
    return "en-US";
  }
}
