import type { ExpenseQuery, ExpenseSort } from "../api/types";

// The expense list's filters live in the address, so that back, reload and shared links keep them.

export const PAGE_SIZES = [25, 50, 100, 200] as const;
const SORTS: ExpenseSort[] = ["-date", "date", "-amount", "amount"];
const FILTER_KEYS = ["q", "from", "to", "categoryId", "tag", "minAmount", "maxAmount", "currency"] as const;

export function queryFromSearch(search: URLSearchParams): ExpenseQuery {
  const query: ExpenseQuery = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(key)?.trim();
    if (value) query[key] = value;
  }
  const sort = search.get("sort") as ExpenseSort | null;
  query.sort = sort && SORTS.includes(sort) ? sort : "-date";
  const page = Number(search.get("page"));
  query.page = Number.isInteger(page) && page > 0 ? page : 1;
  const size = Number(search.get("pageSize"));
  query.pageSize = (PAGE_SIZES as readonly number[]).includes(size) ? size : 50;
  return query;
}

export function searchFromQuery(query: ExpenseQuery): string {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value) search.set(key, value);
  }
  if (query.sort && query.sort !== "-date") search.set("sort", query.sort);
  if (query.page && query.page > 1) search.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== 50) search.set("pageSize", String(query.pageSize));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Sorting by a column: first click descending for amounts and dates (newest, largest), second click flips. */
export function nextSort(current: ExpenseSort | undefined, column: "date" | "amount"): ExpenseSort {
  return current === `-${column}` ? column : `-${column}`;
}

export const hasFilters = (query: ExpenseQuery): boolean => FILTER_KEYS.some((key) => Boolean(query[key]));
