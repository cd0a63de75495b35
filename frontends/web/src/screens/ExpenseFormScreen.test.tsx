import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultRoutes, expense, fakeApi } from "../test/fakeApi";
import { renderScreen } from "../test/render";
import { ExpenseFormScreen } from "./ExpenseFormScreen";

it("shows its own checks next to the fields and sends nothing", async () => {
  const api = fakeApi(defaultRoutes);
  renderScreen(<ExpenseFormScreen />, { at: "/expenses/new" });
  const user = userEvent.setup();

  await user.type(screen.getByLabelText("Amount"), "0");
  await user.click(screen.getByRole("button", { name: "Add expense" }));

  expect(await screen.findByText("The amount must be greater than zero.")).toBeInTheDocument();
  expect(screen.getByLabelText("Amount")).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByLabelText("Amount")).toHaveFocus();
  expect(api.callsTo("POST", "/expenses")).toHaveLength(0);
});

it("shows the API's field errors next to the fields they name", async () => {
  fakeApi({
    ...defaultRoutes,
    "POST /expenses": {
      status: 400,
      json: { title: "The request is invalid.", status: 400, errors: { categoryId: ["There is no category with this id."] } },
    },
  });
  renderScreen(<ExpenseFormScreen />, { at: "/expenses/new" });
  const user = userEvent.setup();

  await user.type(screen.getByLabelText("Amount"), "12,50");
  await user.click(screen.getByRole("button", { name: "Add expense" }));

  const category = screen.getByLabelText("Category");
  await waitFor(() => expect(category).toHaveAttribute("aria-invalid", "true"));
  expect(category).toHaveAccessibleDescription("There is no category with this id.");
});

it("records the amount exactly, in the user's default currency, once per form", async () => {
  const api = fakeApi({ ...defaultRoutes, "POST /expenses": { status: 503, json: { title: "Down", status: 503 } } });
  renderScreen(<ExpenseFormScreen />, { at: "/expenses/new" });
  const user = userEvent.setup();
  await waitFor(() => expect(screen.getByLabelText("Currency")).toHaveValue("EUR"));

  await user.type(screen.getByLabelText("Amount"), "1.234,56");
  await user.type(screen.getByLabelText("Merchant"), "Bakery");
  await user.click(screen.getByRole("button", { name: "Add expense" }));
  expect(await screen.findByText(/server is busy/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Add expense" }));

  await waitFor(() => expect(api.callsTo("POST", "/expenses")).toHaveLength(2));
  const [first, retry] = api.callsTo("POST", "/expenses");
  expect(JSON.parse(String(first?.body))).toMatchObject({ amount: 1234.56, currency: "EUR", merchant: "Bakery" });
  expect(String(first?.body)).toContain('"amount":1234.56');
  expect(retry?.headers.get("Idempotency-Key")).toBe(first?.headers.get("Idempotency-Key"));
});

it("edits with If-Match and says when someone else changed it first", async () => {
  const api = fakeApi({
    ...defaultRoutes,
    "GET /expenses/e-1": { json: expense({ receipts: [] }), headers: { ETag: '"1"' } },
    "PUT /expenses/e-1": { status: 412, json: { title: "Precondition Failed", status: 412 } },
  });
  renderScreen(<ExpenseFormScreen />, { at: "/expenses/e-1", path: "/expenses/:id" });
  const user = userEvent.setup();

  const amount = await screen.findByLabelText("Amount");
  expect(amount).toHaveValue("12.50");
  await user.clear(amount);
  await user.type(amount, "13");
  await user.click(screen.getByRole("button", { name: "Save changes" }));

  expect(await screen.findByText(/Someone changed this in the meantime/)).toBeInTheDocument();
  expect(api.callsTo("PUT", "/expenses/e-1")[0]?.headers.get("If-Match")).toBe('"1"');
});

it("says plainly when this server keeps no receipts", async () => {
  fakeApi({ ...defaultRoutes, "GET /expenses/e-1": { json: expense(), headers: { ETag: '"1"' } } });
  renderScreen(<ExpenseFormScreen />, { at: "/expenses/e-1", path: "/expenses/:id" });

  expect(await screen.findByTestId("not-available")).toHaveTextContent("does not offer receipts yet");
  expect(screen.queryByText("Take a photo")).not.toBeInTheDocument();
});

it("offers the camera and a file picker for receipts", async () => {
  fakeApi({ ...defaultRoutes, "GET /expenses/e-1": { json: expense({ receipts: [] }), headers: { ETag: '"1"' } } });
  renderScreen(<ExpenseFormScreen />, { at: "/expenses/e-1", path: "/expenses/:id" });

  const camera = await screen.findByLabelText("Take a photo");
  expect(camera).toHaveAttribute("capture", "environment");
  expect(camera).toHaveAttribute("accept", "image/*");
  expect(screen.getByLabelText("Choose a file")).toHaveAttribute("accept", "image/jpeg,image/png,image/webp,application/pdf");
  expect(screen.getByText("No receipt attached yet.")).toBeInTheDocument();
});
