import { emptyForm, serverFieldErrors, toExpenseInput, validateExpense } from "./expenseForm";

const now = new Date(2026, 10, 25);
const valid = { ...emptyForm("EUR", now), amount: "12,50", merchant: "Bakery" };

describe("validateExpense", () => {
  it("accepts a complete expense", () => expect(validateExpense(valid, now)).toEqual({}));

  it("checks every field the API checks", () => {
    const errors = validateExpense(
      {
        ...valid,
        amount: "10.5",
        currency: "JPY",
        date: "2028-01-01",
        merchant: "m".repeat(201),
        note: "n".repeat(2001),
        tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(","),
        paymentMethod: "p".repeat(51),
      },
      now,
    );
    expect(errors).toEqual({
      amount: "JPY amounts have no decimals.",
      date: "The date must be between 1970-01-01 and one year from today.",
      merchant: "At most 200 characters.",
      note: "At most 2000 characters.",
      tags: "At most 20 tags.",
      paymentMethod: "At most 50 characters.",
    });
  });

  it("refuses an unknown currency and a tag too long", () => {
    const errors = validateExpense({ ...valid, currency: "XYZ", tags: `ok, ${"x".repeat(51)}` }, now);
    expect(errors.currency).toBe("'XYZ' is not an ISO 4217 currency code.");
    expect(errors.tags).toBe("A tag has at most 50 characters.");
  });
});

it("builds the request body with the amount exact and empty fields as null", () => {
  expect(toExpenseInput({ ...valid, tags: " coffee , ,work " })).toEqual({
    amount: "12.50",
    currency: "EUR",
    date: "2026-11-25",
    categoryId: null,
    merchant: "Bakery",
    note: null,
    tags: ["coffee", "work"],
    paymentMethod: null,
  });
});

it("puts the API's field errors next to the fields they name", () => {
  expect(serverFieldErrors({ categoryId: ["There is no category with this id."], amount: ["A", "B"], body: ["x"] })).toEqual({
    categoryId: "There is no category with this id.",
    amount: "A B",
  });
});
