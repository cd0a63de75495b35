import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultRoutes, expense, fakeApi } from "../test/fakeApi";
import { renderScreen } from "../test/render";
import { ExpenseFormScreen } from "../screens/ExpenseFormScreen";
import { Receipts } from "./Receipts";

beforeEach(() => {
  // jsdom has no object URLs; the browser tests show real pictures.
  URL.createObjectURL = vi.fn(() => "blob:receipt");
  URL.revokeObjectURL = vi.fn();
});

const receipts = [
  { id: "rc-1", fileName: "lunch.png", contentType: "image/png", size: 2048 },
  { id: "rc-2", fileName: "invoice.pdf", contentType: "application/pdf", size: 10240 },
];
const withReceipts = expense({ receipts });

it("shows pictures, fetched with the user's token, and names the PDFs", async () => {
  const api = fakeApi({
    ...defaultRoutes,
    "GET /expenses/e-1/receipts/rc-1": { text: "png-bytes", headers: { "Content-Type": "image/png" } },
    "GET /expenses/e-1/receipts/rc-2": { text: "pdf-bytes", headers: { "Content-Type": "application/pdf" } },
  });
  renderScreen(<Receipts expense={withReceipts as never} />);

  expect(await screen.findByRole("img", { name: "Receipt lunch.png" })).toHaveAttribute("src", "blob:receipt");
  expect(screen.getByText("invoice.pdf")).toBeInTheDocument();
  expect(screen.getByText("10 KB")).toBeInTheDocument();
  expect(api.callsTo("GET", "/expenses/e-1/receipts/rc-1")[0]?.headers.get("Authorization")).toBe("Bearer test-token");
});

it("removes a receipt and shows the expense as the server has it then", async () => {
  vi.spyOn(window, "confirm").mockReturnValue(true);
  let removed = false;
  const api = fakeApi({
    ...defaultRoutes,
    "GET /expenses/e-1": () => ({ json: expense({ receipts: removed ? receipts.slice(1) : receipts }) }),
    "GET /expenses/e-1/receipts/rc-1": { text: "png" },
    "GET /expenses/e-1/receipts/rc-2": { text: "pdf" },
    "DELETE /expenses/e-1/receipts/rc-1": () => {
      removed = true;
      return { status: 204 };
    },
  });
  renderScreen(<ExpenseFormScreen />, { at: "/expenses/e-1", path: "/expenses/:id" });
  const user = userEvent.setup();

  await user.click((await screen.findAllByRole("button", { name: "Remove" }))[0] as HTMLElement);

  await waitFor(() => expect(screen.queryByText("lunch.png")).not.toBeInTheDocument());
  expect(screen.getByText("invoice.pdf")).toBeInTheDocument();
  expect(api.callsTo("DELETE", "/expenses/e-1/receipts/rc-1")).toHaveLength(1);
});
