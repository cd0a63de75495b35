import { formatterFor } from "./format";

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatterFor", () => {
  it("writes amounts the way the locale does, with the currency's decimals", () => {
    expect(normalise(formatterFor("de-DE").money(1234.5, "EUR"))).toBe("1.234,50 €");
    expect(formatterFor("en-US").money(1234.5, "USD")).toBe("$1,234.50");
    expect(normalise(formatterFor("ja-JP").money(1500, "JPY"))).toMatch(/1,500/);
    expect(formatterFor("en-US").money(1.125, "BHD")).toContain("1.125");
  });

  it("shows a calendar date as that day whatever the time zone", () => {
    expect(formatterFor("en-US").date("2026-01-01")).toBe("Jan 1, 2026");
    expect(formatterFor("de-DE").date("2026-11-25")).toBe("25.11.2026");
  });

  it("names months in the locale's language", () => {
    expect(formatterFor("en-US").month("2026-11")).toBe("November 2026");
    expect(formatterFor("fr-FR").month("2026-11")).toBe("novembre 2026");
  });

  it("falls back to en-US for a tag it cannot use", () => expect(formatterFor("not a locale").locale).toBe("en-US"));
});
