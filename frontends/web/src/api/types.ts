// The shapes of the API's JSON (its OpenAPI document, /openapi/v1.json), as the server writes them.

export interface Receipt {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

export interface Expense {
  id: string;
  amount: number;
  currency: string;
  date: string;
  categoryId: string | null;
  merchant: string | null;
  note: string | null;
  tags: string[];
  paymentMethod: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Present once the server stores receipts. */
  receipts?: Receipt[];
}

/** The body of POST/PUT /expenses. `amount` is a decimal string so that it reaches the server exactly. */
export interface ExpenseInput {
  amount: string;
  currency: string;
  date: string;
  categoryId?: string | null;
  merchant?: string | null;
  note?: string | null;
  tags?: string[];
  paymentMethod?: string | null;
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalCount: number;
}

export type ExpenseSort = "date" | "-date" | "amount" | "-amount";

export interface ExpenseFilter {
  from?: string;
  to?: string;
  categoryId?: string;
  tag?: string;
  q?: string;
  minAmount?: string;
  maxAmount?: string;
  currency?: string;
}

export interface ExpenseQuery extends ExpenseFilter {
  sort?: ExpenseSort;
  page?: number;
  pageSize?: number;
}

export interface Category {
  id: string;
  name: string;
  color: string;
}

export interface Budget {
  categoryId: string;
  amount: number;
  currency: string;
}

export interface CurrencyTotal {
  currency: string;
  amount: number;
}

export interface CategorySpending {
  categoryId: string | null;
  name: string | null;
  currency: string;
  amount: number;
  budget?: number | null;
  percentOfBudget?: number | null;
}

export interface MonthlyReport {
  month: string;
  totals: CurrencyTotal[];
  count: number;
  byCategory: CategorySpending[];
}

export interface TrendPoint {
  month: string;
  totals: CurrencyTotal[];
}

export interface Settings {
  defaultCurrency: string;
  locale: string;
}

export type Frequency = "weekly" | "monthly" | "yearly";

export interface RecurringRule {
  id: string;
  amount: number;
  currency: string;
  frequency: Frequency;
  interval: number;
  startDate: string;
  endDate: string | null;
  nextOccurrence?: string | null;
  categoryId: string | null;
  merchant: string | null;
  note: string | null;
  tags: string[];
  paymentMethod: string | null;
}

export interface RecurringInput extends Omit<ExpenseInput, "date"> {
  frequency: Frequency;
  interval: number;
  startDate: string;
  endDate?: string | null;
}

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  message: string;
  categoryId: string | null;
  month: string | null;
  threshold: number | null;
  createdAt: string;
  readAt: string | null;
}

export interface ImportResult {
  imported: number;
  duplicates: number;
  errors: { line: number; message: string }[];
}

export interface DevToken {
  access_token: string;
  token_type: string;
  expires_in: number;
}

/** How the API signs people in: GET /api/v1/client-config. */
export interface ClientConfig {
  identity: "local" | "entra";
  entra?: { clientId: string; authority: string; scopes: string[] };
}
