import type { Expense, ExpenseInput } from "../api/types";
import { amountForEditing, amountProblem, parseAmount } from "../money/decimal";
import { isCurrency } from "../money/currencies";
import { EARLIEST_EXPENSE_DATE, isIsoDate, latestExpenseDate, today } from "./dates";

/** The limits the API enforces (its validators, described at /openapi/v1.json), checked before sending so that most mistakes never leave the page. */
export const LIMITS = { merchant: 200, note: 2000, paymentMethod: 50, tags: 20, tag: 50 } as const;

/** The expense form as typed: every field is text. */
export interface ExpenseFormValues {
  amount: string;
  currency: string;
  date: string;
  categoryId: string;
  merchant: string;
  note: string;
  tags: string;
  paymentMethod: string;
}

export type FieldErrors = Partial<Record<keyof ExpenseFormValues, string>>;

export function emptyForm(defaultCurrency: string, now: Date = new Date()): ExpenseFormValues {
  return { amount: "", currency: defaultCurrency, date: today(now), categoryId: "", merchant: "", note: "", tags: "", paymentMethod: "" };
}

export function formFromExpense(expense: Expense): ExpenseFormValues {
  return {
    amount: amountForEditing(expense.amount, expense.currency),
    currency: expense.currency,
    date: expense.date,
    categoryId: expense.categoryId ?? "",
    merchant: expense.merchant ?? "",
    note: expense.note ?? "",
    tags: expense.tags.join(", "),
    paymentMethod: expense.paymentMethod ?? "",
  };
}

export const splitTags = (text: string): string[] =>
  text
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);

export function validateExpense(values: ExpenseFormValues, now: Date = new Date()): FieldErrors {
  const errors: FieldErrors = {};
  const currency = values.currency.trim().toUpperCase();
  if (!currency) errors.currency = "The currency is required (an ISO 4217 code such as EUR).";
  else if (!isCurrency(currency)) errors.currency = `'${values.currency}' is not an ISO 4217 currency code.`;

  const amount = amountProblem(values.amount, currency);
  if (amount) errors.amount = amount;

  if (!values.date) errors.date = "The date is required.";
  else if (!isIsoDate(values.date)) errors.date = "Enter a valid date.";
  else if (values.date < EARLIEST_EXPENSE_DATE || values.date > latestExpenseDate(now)) {
    errors.date = "The date must be between 1970-01-01 and one year from today.";
  }

  if (values.merchant.trim().length > LIMITS.merchant) errors.merchant = `At most ${LIMITS.merchant} characters.`;
  if (values.note.trim().length > LIMITS.note) errors.note = `At most ${LIMITS.note} characters.`;
  if (values.paymentMethod.trim().length > LIMITS.paymentMethod) errors.paymentMethod = `At most ${LIMITS.paymentMethod} characters.`;

  const tags = splitTags(values.tags);
  if (tags.length > LIMITS.tags) errors.tags = `At most ${LIMITS.tags} tags.`;
  else if (tags.some((tag) => tag.length > LIMITS.tag)) errors.tags = `A tag has at most ${LIMITS.tag} characters.`;
  return errors;
}

/** The request body for valid form values. */
export function toExpenseInput(values: ExpenseFormValues): ExpenseInput {
  const optional = (text: string) => (text.trim() ? text.trim() : null);
  return {
    amount: parseAmount(values.amount) ?? values.amount,
    currency: values.currency.trim().toUpperCase(),
    date: values.date,
    categoryId: values.categoryId || null,
    merchant: optional(values.merchant),
    note: optional(values.note),
    tags: splitTags(values.tags),
    paymentMethod: optional(values.paymentMethod),
  };
}

/** The API's field errors (problem details `errors`) as one message per form field. */
export function serverFieldErrors(errors: Record<string, string[]>): FieldErrors {
  const known: (keyof ExpenseFormValues)[] = ["amount", "currency", "date", "categoryId", "merchant", "note", "tags", "paymentMethod"];
  const result: FieldErrors = {};
  for (const [field, messages] of Object.entries(errors)) {
    const name = known.find((key) => key.toLowerCase() === field.toLowerCase());
    if (name && messages.length > 0) result[name] = messages.join(" ");
  }
  return result;
}
