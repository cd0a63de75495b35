import { get, queryString, request } from "./http";
import type {
  AppNotification,
  Budget,
  Category,
  ClientConfig,
  DevToken,
  Expense,
  ExpenseFilter,
  ExpenseInput,
  ExpensePage,
  ExpenseQuery,
  ImportResult,
  MonthlyReport,
  Receipt,
  RecurringInput,
  RecurringRule,
  Settings,
  TrendPoint,
} from "./types";

// One function per API call (the API describes them at /openapi/v1.json). Screens call these and nothing else.

export const clientConfig = () => request<ClientConfig>("/client-config", { anonymous: true }).then((r) => r.data);

export const devToken = (user: string) =>
  request<DevToken>("/dev/token", { method: "POST", body: { user }, anonymous: true }).then((r) => r.data);

export const listExpenses = (query: ExpenseQuery, signal?: AbortSignal) =>
  get<ExpensePage>(`/expenses${queryString(query)}`, signal);

export const getExpense = (id: string, signal?: AbortSignal) => request<Expense>(`/expenses/${id}`, { signal });

export const createExpense = (input: ExpenseInput, idempotencyKey: string) =>
  request<Expense>("/expenses", { method: "POST", body: input, headers: { "Idempotency-Key": idempotencyKey } });

export const replaceExpense = (id: string, input: ExpenseInput, etag: string | null) =>
  request<Expense>(`/expenses/${id}`, { method: "PUT", body: input, headers: etag ? { "If-Match": etag } : {} });

export const deleteExpense = (id: string) => request<void>(`/expenses/${id}`, { method: "DELETE" });

export function uploadReceipt(expenseId: string, file: File) {
  const form = new FormData();
  form.append("file", file, file.name);
  return request<Receipt>(`/expenses/${expenseId}/receipts`, { method: "POST", body: form }).then((r) => r.data);
}

export const downloadReceipt = (expenseId: string, receiptId: string) =>
  request<Response>(`/expenses/${expenseId}/receipts/${receiptId}`, { raw: true }).then((r) => r.data.blob());

export const deleteReceipt = (expenseId: string, receiptId: string) =>
  request<void>(`/expenses/${expenseId}/receipts/${receiptId}`, { method: "DELETE" });

export const importCsv = (csv: string) =>
  request<ImportResult>("/expenses/import", { method: "POST", body: csv, contentType: "text/csv" }).then((r) => r.data);

export const exportCsv = (filter: ExpenseFilter) =>
  request<Response>(`/expenses/export${queryString(filter)}`, { raw: true, headers: { Accept: "text/csv" } }).then((r) => r.data.blob());

export const listCategories = (signal?: AbortSignal) => get<Category[]>("/categories", signal);

export const createCategory = (name: string, color: string) =>
  request<Category>("/categories", { method: "POST", body: { name, color } }).then((r) => r.data);

export const updateCategory = (id: string, name: string, color: string) =>
  request<Category>(`/categories/${id}`, { method: "PUT", body: { name, color } }).then((r) => r.data);

export const deleteCategory = (id: string, reassignTo?: string) =>
  request<void>(`/categories/${id}${queryString({ reassignTo })}`, { method: "DELETE" });

export const listBudgets = (signal?: AbortSignal) => get<Budget[]>("/budgets", signal);

export const setBudget = (categoryId: string, amount: string, currency: string) =>
  request<Budget>(`/budgets/${categoryId}`, { method: "PUT", body: { amount, currency } }).then((r) => r.data);

export const deleteBudget = (categoryId: string) => request<void>(`/budgets/${categoryId}`, { method: "DELETE" });

export const monthlyReport = (month: string, signal?: AbortSignal) =>
  get<MonthlyReport>(`/reports/monthly${queryString({ month })}`, signal);

export const trendReport = (from: string, to: string, signal?: AbortSignal) =>
  get<TrendPoint[]>(`/reports/trend${queryString({ from, to })}`, signal);

export const getSettings = (signal?: AbortSignal) => get<Settings>("/me/settings", signal);

export const saveSettings = (settings: Settings) =>
  request<Settings>("/me/settings", { method: "PUT", body: settings }).then((r) => r.data);

export const listRecurring = (signal?: AbortSignal) => get<RecurringRule[]>("/recurring", signal);

export const createRecurring = (input: RecurringInput) =>
  request<RecurringRule>("/recurring", { method: "POST", body: input }).then((r) => r.data);

export const updateRecurring = (id: string, input: RecurringInput) =>
  request<RecurringRule>(`/recurring/${id}`, { method: "PUT", body: input }).then((r) => r.data);

export const deleteRecurring = (id: string) => request<void>(`/recurring/${id}`, { method: "DELETE" });

export const listNotifications = (signal?: AbortSignal) => get<AppNotification[]>("/notifications", signal);

export const markNotificationRead = (id: string) => request<void>(`/notifications/${id}/read`, { method: "POST" });
