import { decimalsOf } from "./currencies";

export const MAX_AMOUNT = 1_000_000_000_000;

/**
 * Reads an amount as a person types it, in their locale or not ("1,234.50", "1.234,50", "12,5", "1 234"), and
 * answers it as a plain decimal string ("1234.50"), or null when it is not a number. Never goes through a float.
 */
export function parseAmount(text: string): string | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f'’_]/g, "");
  if (!/^\d[\d.,]*$/.test(compact) && !/^[.,]\d+$/.test(compact)) return null;

  const lastDot = compact.lastIndexOf(".");
  const lastComma = compact.lastIndexOf(",");
  let integer: string;
  let fraction = "";
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const at = compact.lastIndexOf(decimal);
    integer = compact.slice(0, at).replace(/[.,]/g, "");
    fraction = compact.slice(at + 1);
    if (/[.,]/.test(fraction)) return null;
  } else {
    const separator = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
    if (separator === null) {
      integer = compact;
    } else {
      const parts = compact.split(separator);
      // One separator is a decimal point; several of them group thousands ("1.234.567").
      if (parts.length === 2) {
        integer = parts[0] ?? "";
        fraction = parts[1] ?? "";
      } else if (parts.slice(1).every((part) => part.length === 3)) {
        integer = parts.join("");
      } else {
        return null;
      }
    }
  }
  integer = integer.replace(/^0+(?=\d)/, "") || "0";
  if (!/^\d+$/.test(integer) || (fraction && !/^\d+$/.test(fraction))) return null;
  return fraction ? `${integer}.${fraction}` : integer;
}

/** The first thing wrong with an amount, in the API's words, or null when the API will accept it. */
export function amountProblem(text: string, currency: string): string | null {
  if (!text.trim()) return "The amount is required.";
  const amount = parseAmount(text);
  if (amount === null) return "Enter a number, such as 12.50.";
  const [integer, fraction = ""] = amount.split(".");
  if (/^0*$/.test((integer ?? "") + fraction)) return "The amount must be greater than zero.";
  if (compareDecimal(amount, String(MAX_AMOUNT)) > 0) return "The amount must be at most 1000000000000.";
  const decimals = decimalsOf(currency);
  if (fraction.replace(/0+$/, "").length > decimals) {
    return decimals === 0 ? `${currency} amounts have no decimals.` : `${currency} amounts have at most ${decimals} decimals.`;
  }
  return null;
}

/** Compares two non-negative decimal strings. */
export function compareDecimal(a: string, b: string): number {
  const [ai = "0", af = ""] = a.split(".");
  const [bi = "0", bf = ""] = b.split(".");
  const intA = ai.replace(/^0+/, "");
  const intB = bi.replace(/^0+/, "");
  if (intA.length !== intB.length) return intA.length < intB.length ? -1 : 1;
  if (intA !== intB) return intA < intB ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const fa = af.padEnd(width, "0");
  const fb = bf.padEnd(width, "0");
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

/** An amount from the API shown for editing with its currency's decimals ("12.5" EUR → "12.50"). */
export function amountForEditing(amount: number, currency: string): string {
  return amount.toFixed(decimalsOf(currency));
}
