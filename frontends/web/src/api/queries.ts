import { queryOptions, type QueryClient } from "@tanstack/react-query";
import {
  downloadReceipt,
  getExpense,
  getSettings,
  listBudgets,
  listCategories,
  listExpenses,
  listNotifications,
  listRecurring,
  monthlyReport,
  trendReport,
} from "./endpoints";
import type { ExpenseQuery } from "./types";

// Every read the screens make, with the key its answer is cached under. A key's first part names what a change
// invalidates: ["expenses"] holds every list of expenses, whatever its filters.

export const expensesQuery = (query: ExpenseQuery) =>
  queryOptions({ queryKey: ["expenses", query], queryFn: ({ signal }) => listExpenses(query, signal) });

/** One expense with its ETag, which an edit sends back as If-Match. */
export const expenseQuery = (id: string) =>
  queryOptions({
    queryKey: ["expense", id],
    queryFn: async ({ signal }) => {
      const response = await getExpense(id, signal);
      return { expense: response.data, etag: response.etag };
    },
  });

/** A receipt's file: it never changes once stored. */
export const receiptQuery = (expenseId: string, receiptId: string) =>
  queryOptions({ queryKey: ["receipt", expenseId, receiptId], queryFn: () => downloadReceipt(expenseId, receiptId), staleTime: Infinity });

// Settings and categories are read once per session, and again only after the app changes them.
export const settingsQuery = queryOptions({ queryKey: ["settings"], queryFn: ({ signal }) => getSettings(signal), staleTime: Infinity });

export const categoriesQuery = queryOptions({ queryKey: ["categories"], queryFn: ({ signal }) => listCategories(signal), staleTime: Infinity });

export const budgetsQuery = queryOptions({ queryKey: ["budgets"], queryFn: ({ signal }) => listBudgets(signal) });

export const monthlyReportQuery = (month: string) =>
  queryOptions({ queryKey: ["reports", "monthly", month], queryFn: ({ signal }) => monthlyReport(month, signal) });

export const trendQuery = (from: string, to: string) =>
  queryOptions({ queryKey: ["reports", "trend", from, to], queryFn: ({ signal }) => trendReport(from, to, signal) });

export const recurringQuery = queryOptions({ queryKey: ["recurring"], queryFn: ({ signal }) => listRecurring(signal) });

export const notificationsQuery = queryOptions({ queryKey: ["notifications"], queryFn: ({ signal }) => listNotifications(signal) });

const invalidate = (client: QueryClient, ...roots: string[]) =>
  Promise.all(roots.map((root) => client.invalidateQueries({ queryKey: [root] })));

/** After expenses were added, changed or removed: their lists, and the reports that add them up. */
export const expensesChanged = (client: QueryClient) => invalidate(client, "expenses", "reports");

/** After an import: the expenses, and the categories it may have created. */
export const expensesImported = (client: QueryClient) => invalidate(client, "expenses", "reports", "categories");

/** After a budget was set or removed: the list, and the reports that compare spending with it. */
export const budgetsChanged = (client: QueryClient) => invalidate(client, "budgets", "reports");

export const categoriesChanged = (client: QueryClient) => invalidate(client, "categories");

export const recurringChanged = (client: QueryClient) => invalidate(client, "recurring");
