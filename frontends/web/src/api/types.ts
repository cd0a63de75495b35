// The shapes of the API's JSON, named for the screens: aliases onto schema.ts, which `npm run api:types` writes from
// the API's OpenAPI document (openapi/v1.json). Where the app must differ from the document, the override says why.
import type { components, operations } from "./schema";

type Schemas = components["schemas"];

export type Receipt = Schemas["ReceiptResponse"];

/** An older server keeps no receipts and leaves the field out: the app then says receipts are not available. */
export type Expense = Omit<Schemas["ExpenseResponse"], "receipts"> & { receipts?: Receipt[] };

/**
 * The body of POST/PUT /expenses. The document says `amount` is a double; the app sends it as the decimal string the
 * user typed, which `jsonBody` writes verbatim as a JSON number so that it never passes through a binary float.
 */
export type ExpenseInput = Omit<Schemas["ExpenseRequest"], "amount"> & { amount: string };

export type ExpensePage = Omit<Schemas["PagedResponseOfExpenseResponse"], "items"> & { items: Expense[] };

export type ExpenseSort = "date" | "-date" | "amount" | "-amount";

type ListExpensesParameters = NonNullable<operations["ListExpenses"]["parameters"]["query"]>;

/**
 * GET /expenses's filters as the app writes them in the query string. The document names them as ASP.NET binds them
 * (`From`, `MinAmount`; the binding ignores case) and types every one as a string: the app writes them in camelCase,
 * with amounts as exact decimal strings and paging as numbers.
 */
export type ExpenseFilter = {
  [Name in Exclude<keyof ListExpensesParameters, "Sort" | "Page" | "PageSize"> as Uncapitalize<Name>]?: string;
};

export interface ExpenseQuery extends ExpenseFilter {
  sort?: ExpenseSort;
  page?: number;
  pageSize?: number;
}

export type Category = Schemas["CategoryResponse"];

export type Budget = Schemas["BudgetResponse"];

export type CurrencyTotal = Schemas["CurrencyTotal"];

export type CategorySpending = Schemas["CategorySpending"];

export type MonthlyReport = Schemas["MonthlyReport"];

export type TrendPoint = Schemas["TrendPoint"];

export type Settings = Schemas["SettingsResponse"];

/** The document writes the API's frequency enum as a plain string; these three are the values the API accepts. */
export type Frequency = "weekly" | "monthly" | "yearly";

export type RecurringRule = Omit<Schemas["RecurringResponse"], "frequency"> & { frequency: Frequency };

/** The body of POST/PUT /recurring: `amount` is an exact decimal string, as in `ExpenseInput`. */
export type RecurringInput = Omit<Schemas["RecurringRequest"], "amount" | "frequency"> & { amount: string; frequency: Frequency };

export type AppNotification = Schemas["NotificationResponse"];

export type ImportResult = Schemas["ImportResponse"];

export type DevToken = Schemas["DevTokenResponse"];

/** How the API signs people in: GET /api/v1/client-config. */
export type ClientConfig = Schemas["ClientConfigResponse"];
