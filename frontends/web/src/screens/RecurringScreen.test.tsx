import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultRoutes, fakeApi } from "../test/fakeApi";
import { renderScreen } from "../test/render";
import { RecurringScreen } from "./RecurringScreen";

const rent = {
  id: "r-1",
  amount: 950,
  currency: "EUR",
  frequency: "monthly",
  interval: 1,
  startDate: "2026-01-01",
  endDate: null,
  nextOccurrence: "2026-12-01",
  categoryId: null,
  merchant: "Rent",
  note: null,
  tags: ["home"],
  paymentMethod: null,
};

it("lists rules in words and creates one with the shape the API takes", async () => {
  const api = fakeApi({ ...defaultRoutes, "GET /recurring": { json: [rent] }, "POST /recurring": { status: 201, json: { ...rent, id: "r-2" } } });
  renderScreen(<RecurringScreen />, { at: "/recurring" });
  const user = userEvent.setup();

  expect(await screen.findByTestId("recurring-rule")).toHaveTextContent("Rent · Every month from Jan 1, 2026 · next Dec 1, 2026€950.00");
  await user.type(screen.getByLabelText("Amount"), "9.99");
  await user.type(screen.getByLabelText("Merchant"), "Music");
  await user.clear(screen.getByLabelText("Every"));
  await user.type(screen.getByLabelText("Every"), "2");
  await user.click(screen.getByRole("button", { name: "Add recurring expense" }));

  await waitFor(() => expect(api.callsTo("POST", "/recurring")).toHaveLength(1));
  expect(JSON.parse(String(api.callsTo("POST", "/recurring")[0]?.body))).toMatchObject({
    amount: 9.99,
    currency: "EUR",
    frequency: "monthly",
    interval: 2,
    merchant: "Music",
    endDate: null,
  });
});

it("edits a rule with PUT, keeping what the form does not show", async () => {
  const api = fakeApi({ ...defaultRoutes, "GET /recurring": { json: [rent] }, "PUT /recurring/r-1": { json: { ...rent, amount: 990 } } });
  renderScreen(<RecurringScreen />, { at: "/recurring" });
  const user = userEvent.setup();

  await user.click(await screen.findByRole("button", { name: "Edit" }));
  const amount = screen.getByLabelText("Amount");
  expect(amount).toHaveValue("950.00");
  await user.clear(amount);
  await user.type(amount, "990");
  await user.click(screen.getByRole("button", { name: "Save changes" }));

  await waitFor(() => expect(api.callsTo("PUT", "/recurring/r-1")).toHaveLength(1));
  expect(JSON.parse(String(api.callsTo("PUT", "/recurring/r-1")[0]?.body))).toMatchObject({ amount: 990, tags: ["home"], merchant: "Rent" });
});

it("says plainly when the server has no recurring expenses", async () => {
  fakeApi(defaultRoutes);
  renderScreen(<RecurringScreen />, { at: "/recurring" });
  expect(await screen.findByTestId("not-available")).toHaveTextContent("does not offer recurring expenses");
});
