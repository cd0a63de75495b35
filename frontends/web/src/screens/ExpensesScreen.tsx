import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useEffectEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { deleteExpense, exportCsv } from "../api/endpoints";
import { ApiError } from "../api/problem";
import { expensesChanged, expensesQuery } from "../api/queries";
import type { Expense, ExpenseQuery } from "../api/types";
import { Empty, Loaded, messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { currencyCodes } from "../money/currencies";
import { parseAmount } from "../money/decimal";
import { today } from "../lib/dates";
import { hasFilters, nextSort, PAGE_SIZES, queryFromSearch, searchFromQuery } from "../lib/expenseQuery";
import { usePreferences } from "../lib/Preferences";
import { downloadBlob } from "../lib/download";

const SEARCH_DELAY_MS = 300;

export function ExpensesScreen() {
  const { format, categories, categoryById } = usePreferences();
  const [search, setSearch] = useSearchParams();
  const toast = useToast();
  const queryClient = useQueryClient();
  const query = queryFromSearch(search);
  const key = searchFromQuery(query);
  // The page shown stays while the next one loads.
  const expenses = useQuery({ ...expensesQuery(query), placeholderData: keepPreviousData });
  const [text, setText] = useState(query.q ?? "");
  const [showFilters, setShowFilters] = useState(hasFilters({ ...query, q: undefined }));

  const apply = (change: Partial<ExpenseQuery>) => setSearch(searchFromQuery({ ...query, page: 1, ...change }), { replace: true });

  // Search as the user types, without a request per keystroke.
  const searchFor = useEffectEvent((typed: string) => {
    if ((query.q ?? "") !== typed) apply({ q: typed || undefined });
  });
  useEffect(() => {
    const timer = setTimeout(() => searchFor(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const remove = useMutation({
    mutationFn: (expense: Expense) => deleteExpense(expense.id),
    // Optimistic: gone from the list at once, back if the server says no.
    onMutate: async (expense) => {
      const { queryKey } = expensesQuery(query);
      await queryClient.cancelQueries({ queryKey });
      queryClient.setQueryData(queryKey, (page) => page && { ...page, items: page.items.filter((e) => e.id !== expense.id), totalCount: page.totalCount - 1 });
    },
    onSuccess: () => toast("Expense deleted.", { kind: "success" }),
    onError: (error) => {
      if (!(error instanceof ApiError && error.isNotFound)) toast(messageOf(error), { kind: "error", title: "Could not delete" });
    },
    onSettled: () => expensesChanged(queryClient),
  });

  const confirmRemove = (expense: Expense) => {
    if (window.confirm(`Delete ${expense.merchant || "this expense"} (${format.money(expense.amount, expense.currency)})?`)) remove.mutate(expense);
  };

  const exportFiltered = async () => {
    try {
      const { page: _page, pageSize: _size, sort: _sort, ...filter } = query;
      downloadBlob(await exportCsv(filter), `expenses-${today()}.csv`);
    } catch (error) {
      toast(error instanceof ApiError && error.isMissingFeature ? "Export is not available on this server." : messageOf(error), {
        kind: "error",
        title: "Could not export",
      });
    }
  };

  const sortHeader = (column: "date" | "amount", label: string) => {
    const direction = query.sort === column ? "ascending" : query.sort === `-${column}` ? "descending" : "none";
    return (
      <th scope="col" aria-sort={direction} className={column === "amount" ? "numeric" : undefined}>
        <button type="button" className="sort-button" onClick={() => apply({ sort: nextSort(query.sort, column), page: query.page })}>
          {label}
          <span aria-hidden="true">{direction === "ascending" ? " ▲" : direction === "descending" ? " ▼" : ""}</span>
        </button>
      </th>
    );
  };

  return (
    <>
      <div className="screen-head">
        <h1>Expenses</h1>
        <div className="actions">
          <button type="button" className="button" onClick={() => void exportFiltered()}>
            Export CSV
          </button>
          <Link className="button primary" to="/expenses/new">
            Add expense
          </Link>
        </div>
      </div>

      <div role="search" aria-label="Filter expenses" className="filters card">
        <div className="filter-main">
          <label className="visually-hidden" htmlFor="expense-search">
            Search merchant and note
          </label>
          <input
            id="expense-search"
            type="search"
            placeholder="Search merchant or note"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="button" className="button" aria-expanded={showFilters} aria-controls="more-filters" onClick={() => setShowFilters((v) => !v)}>
            Filters{hasFilters({ ...query, q: undefined }) ? " •" : ""}
          </button>
        </div>
        {showFilters && (
          <div className="filter-grid" id="more-filters" key={key}>
            <label>
              From
              <input type="date" value={query.from ?? ""} onChange={(e) => apply({ from: e.target.value || undefined })} />
            </label>
            <label>
              To
              <input type="date" value={query.to ?? ""} onChange={(e) => apply({ to: e.target.value || undefined })} />
            </label>
            <label>
              Category
              <select value={query.categoryId ?? ""} onChange={(e) => apply({ categoryId: e.target.value || undefined })}>
                <option value="">All categories</option>
                {categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Currency
              <select value={query.currency ?? ""} onChange={(e) => apply({ currency: e.target.value || undefined })}>
                <option value="">All currencies</option>
                {currencyCodes.map((code) => (
                  <option key={code}>{code}</option>
                ))}
              </select>
            </label>
            <label>
              Tag
              <input defaultValue={query.tag ?? ""} onBlur={(e) => apply({ tag: e.target.value.trim() || undefined })} />
            </label>
            <label>
              Min amount
              <input inputMode="decimal" defaultValue={query.minAmount ?? ""} onBlur={(e) => apply({ minAmount: parseAmount(e.target.value) ?? undefined })} />
            </label>
            <label>
              Max amount
              <input inputMode="decimal" defaultValue={query.maxAmount ?? ""} onBlur={(e) => apply({ maxAmount: parseAmount(e.target.value) ?? undefined })} />
            </label>
            <button
              type="button"
              className="button"
              onClick={() => {
                setText("");
                setSearch({}, { replace: true });
              }}
            >
              Clear filters
            </button>
          </div>
        )}
      </div>

      <Loaded query={expenses}>
        {(page) =>
          page.items.length === 0 ? (
            hasFilters(query) ? (
              <Empty title="No expenses match these filters." />
            ) : (
              <Empty title="No expenses yet.">
                <Link className="button primary" to="/expenses/new">
                  Add your first expense
                </Link>
              </Empty>
            )
          ) : (
            <section className="card table-card" aria-busy={expenses.isFetching}>
              <table className="expense-table">
                <caption className="visually-hidden">Expenses, page {page.page}</caption>
                <thead>
                  <tr>
                    {sortHeader("date", "Date")}
                    <th scope="col">Merchant</th>
                    <th scope="col">Category</th>
                    <th scope="col" className="hide-narrow">
                      Tags
                    </th>
                    {sortHeader("amount", "Amount")}
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((expense) => {
                    const category = expense.categoryId ? categoryById.get(expense.categoryId) : undefined;
                    return (
                      <tr key={expense.id} data-testid="expense-row">
                        <td>{format.date(expense.date)}</td>
                        <td>
                          <Link to={`/expenses/${expense.id}`}>{expense.merchant || "(no merchant)"}</Link>
                          {expense.receipts && expense.receipts.length > 0 && (
                            <span className="badge" title="Has a receipt">
                              receipt
                            </span>
                          )}
                        </td>
                        <td>
                          {category && <span className="swatch" style={{ background: category.color }} aria-hidden="true" />}
                          {category?.name ?? "—"}
                        </td>
                        <td className="hide-narrow">{expense.tags.join(", ")}</td>
                        <td className="numeric amount">{format.money(expense.amount, expense.currency)}</td>
                        <td className="row-actions">
                          <button type="button" className="button small danger" onClick={() => confirmRemove(expense)} aria-label={`Delete ${expense.merchant || "expense"} of ${format.date(expense.date)}`}>
                            Delete
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <Pager total={page.totalCount} page={page.page} pageSize={page.pageSize} onPage={(p) => apply({ page: p })} onSize={(s) => apply({ pageSize: s })} />
            </section>
          )
        }
      </Loaded>
    </>
  );
}

function Pager({ total, page, pageSize, onPage, onSize }: { total: number; page: number; pageSize: number; onPage(page: number): void; onSize(size: number): void }) {
  const { format } = usePreferences();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pager" aria-label="Pages">
      <span data-testid="expense-count">
        {format.number(first)}–{format.number(last)} of {format.number(total)}
      </span>
      <div className="pager-buttons">
        <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous
        </button>
        <span>
          Page {format.number(page)} of {format.number(pages)}
        </span>
        <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Next
        </button>
      </div>
      <label>
        Per page{" "}
        <select value={pageSize} onChange={(e) => onSize(Number(e.target.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size}>{size}</option>
          ))}
        </select>
      </label>
    </nav>
  );
}
