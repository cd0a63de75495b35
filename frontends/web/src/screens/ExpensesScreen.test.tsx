import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultRoutes, expense, fakeApi, type Call } from "../test/fakeApi";
import { renderScreen } from "../test/render";
import { ExpensesScreen } from "./ExpensesScreen";

const page = (call: Call) => ({
  json: {
    items: [expense({ id: "e-1", merchant: "Bakery" }), expense({ id: "e-2", merchant: "Train", amount: 40, categoryId: "c-travel" })],
    page: Number(call.search.get("page") ?? 1),
    pageSize: Number(call.search.get("pageSize") ?? 50),
    totalCount: 100_000,
  },
});

it("asks the server for one page at a time, however many expenses there are", async () => {
  const api = fakeApi({ ...defaultRoutes, "GET /expenses": page });
  renderScreen(<ExpensesScreen />, { at: "/expenses" });
  const user = userEvent.setup();

  expect(await screen.findByTestId("expense-count")).toHaveTextContent("1–50 of 100,000");
  expect(screen.getAllByTestId("expense-row")).toHaveLength(2);
  await user.click(screen.getByRole("button", { name: "Next" }));

  await waitFor(() => expect(api.callsTo("GET", "/expenses").at(-1)?.search.get("page")).toBe("2"));
  expect(await screen.findByText("Page 2 of 2,000")).toBeInTheDocument();
  expect(window.location.search).toBe("?page=2");
});

it("searches once the user stops typing, from the first page", async () => {
  const api = fakeApi({ ...defaultRoutes, "GET /expenses": page });
  renderScreen(<ExpensesScreen />, { at: "/expenses?page=3" });
  const user = userEvent.setup();
  await screen.findByTestId("expense-count");

  await user.type(screen.getByRole("searchbox", { name: "Search merchant and note" }), "bak");

  await waitFor(() => expect(api.callsTo("GET", "/expenses").at(-1)?.search.get("q")).toBe("bak"));
  const searches = api.callsTo("GET", "/expenses").filter((c) => c.search.has("q"));
  expect(searches).toHaveLength(1);
  expect(searches[0]?.search.get("page")).toBe("1");
});

it("sorts by amount when the column is chosen", async () => {
  const api = fakeApi({ ...defaultRoutes, "GET /expenses": page });
  renderScreen(<ExpensesScreen />, { at: "/expenses" });
  const user = userEvent.setup();
  await screen.findByTestId("expense-count");

  await user.click(screen.getByRole("button", { name: /Amount/ }));

  await waitFor(() => expect(api.callsTo("GET", "/expenses").at(-1)?.search.get("sort")).toBe("-amount"));
  expect(screen.getByRole("columnheader", { name: /Amount/ })).toHaveAttribute("aria-sort", "descending");
});

it("removes a deleted expense at once and brings it back if the server refuses", async () => {
  vi.spyOn(window, "confirm").mockReturnValue(true);
  fakeApi({
    ...defaultRoutes,
    "GET /expenses": page,
    "DELETE /expenses/e-2": () => ({ status: 503, json: { title: "Down", status: 503 } }),
  });
  renderScreen(<ExpensesScreen />, { at: "/expenses" });
  const user = userEvent.setup();
  await screen.findByTestId("expense-count");

  const train = screen.getAllByTestId("expense-row")[1] as HTMLElement;
  await user.click(within(train).getByRole("button", { name: /Delete Train/ }));

  expect(await screen.findByText(/server is busy/)).toBeInTheDocument();
  await waitFor(() => expect(screen.getAllByTestId("expense-row")).toHaveLength(2));
});

it("tells the user when there is nothing yet", async () => {
  fakeApi({ ...defaultRoutes, "GET /expenses": { json: { items: [], page: 1, pageSize: 50, totalCount: 0 } } });
  renderScreen(<ExpensesScreen />, { at: "/expenses" });
  expect(await screen.findByText("No expenses yet.")).toBeInTheDocument();
});
