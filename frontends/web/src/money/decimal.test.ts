import { amountProblem, compareDecimal, parseAmount } from "./decimal";

describe("parseAmount", () => {
  it.each([
    ["12.50", "12.50"],
    ["12,50", "12.50"],
    ["1,234.56", "1234.56"],
    ["1.234,56", "1234.56"],
    ["1 234,5", "1234.5"],
    ["1.234.567", "1234567"],
    ["0007", "7"],
    [".5", "0.5"],
    ["999999999999.999", "999999999999.999"],
  ])("reads %s as %s", (typed, expected) => expect(parseAmount(typed)).toBe(expected));

  it.each(["", "abc", "12.5.5x", "-3", "1e5", "12,5,5"])("refuses %s", (typed) => expect(parseAmount(typed)).toBeNull());
});

describe("amountProblem", () => {
  it("accepts what the API accepts", () => {
    expect(amountProblem("12.50", "EUR")).toBeNull();
    expect(amountProblem("1000", "JPY")).toBeNull();
    expect(amountProblem("1.125", "BHD")).toBeNull();
    expect(amountProblem("1000000000000", "USD")).toBeNull();
  });

  it("says what is wrong in the API's words", () => {
    expect(amountProblem("", "EUR")).toBe("The amount is required.");
    expect(amountProblem("0", "EUR")).toBe("The amount must be greater than zero.");
    expect(amountProblem("1000000000000.01", "EUR")).toBe("The amount must be at most 1000000000000.");
    expect(amountProblem("10.5", "JPY")).toBe("JPY amounts have no decimals.");
    expect(amountProblem("1.001", "EUR")).toBe("EUR amounts have at most 2 decimals.");
    expect(amountProblem("twelve", "EUR")).toBe("Enter a number, such as 12.50.");
  });

  it("ignores trailing zeros like the server does", () => expect(amountProblem("12.500", "EUR")).toBeNull());
});

it("compares decimals exactly", () => {
  expect(compareDecimal("999999999999.999", "1000000000000")).toBe(-1);
  expect(compareDecimal("10.10", "10.1")).toBe(0);
  expect(compareDecimal("2", "10")).toBe(-1);
});
