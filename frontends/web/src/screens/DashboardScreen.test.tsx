import { screen, within } from "@testing-library/react";
import { defaultRoutes, expense, fakeApi } from "../test/fakeApi";
import { renderScreen } from "../test/render";
import { DashboardScreen } from "./DashboardScreen";

const report = {
  month: "2026-11",
  totals: [
    { currency: "EUR", amount: 420.5 },
    { currency: "USD", amount: 30 },
  ],
  count: 7,
  byCategory: [
    { categoryId: "c-food", name: "Food", currency: "EUR", amount: 85, budget: 100, percentOfBudget: 85 },
    { categoryId: "c-travel", name: "Travel", currency: "EUR", amount: 335.5, budget: 300, percentOfBudget: 111.83 },
    { categoryId: null, name: null, currency: "USD", amount: 30 },
  ],
};

it("shows the month's totals per currency, spending by category and budget bars", async () => {
  const api = fakeApi({
    ...defaultRoutes,
    "GET /reports/monthly": { json: report },
    "GET /reports/trend": { json: [{ month: "2026-10", totals: [{ currency: "EUR", amount: 200 }] }, { month: "2026-11", totals: report.totals }] },
    "GET /expenses": { json: { items: [expense({ merchant: "Corner bakery" })], page: 1, pageSize: 5, totalCount: 1 } },
  });
  renderScreen(<DashboardScreen />, { at: "/?month=2026-11" });

  expect(await screen.findByRole("heading", { level: 1, name: "November 2026" })).toBeInTheDocument();
  const totals = await screen.findAllByTestId("month-total");
  expect(totals.map((t) => t.textContent)).toEqual([expect.stringContaining("€420.50"), expect.stringContaining("$30.00")]);

  const bars = screen.getAllByTestId("budget-bar");
  expect(bars.map((bar) => bar.getAttribute("data-level"))).toEqual(["warning", "over"]);
  expect(within(screen.getByText("Spending in USD").closest("figure") as HTMLElement).getByText("Uncategorised")).toBeInTheDocument();
  expect(screen.getByRole("img", { name: /Spending per month in EUR: October 2026: €200.00; November 2026: €420.50/ })).toBeInTheDocument();
  expect(await screen.findByText("Corner bakery")).toBeInTheDocument();

  expect(api.callsTo("GET", "/reports/trend")[0]?.search.toString()).toBe("from=2025-12&to=2026-11");
  expect(api.callsTo("GET", "/expenses")[0]?.search.get("pageSize")).toBe("5");
});

it("invites a new user to add a first expense", async () => {
  fakeApi({
    ...defaultRoutes,
    "GET /reports/monthly": { json: { month: "2026-11", totals: [], count: 0, byCategory: [] } },
    "GET /reports/trend": { json: [] },
    "GET /expenses": { json: { items: [], page: 1, pageSize: 5, totalCount: 0 } },
  });
  renderScreen(<DashboardScreen />, { at: "/?month=2026-11" });

  expect(await screen.findByRole("link", { name: "Add your first expense" })).toHaveAttribute("href", "/expenses/new");
  expect(screen.getByText("No budgets yet.")).toBeInTheDocument();
});
