import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultRoutes, fakeApi } from "../test/fakeApi";
import { renderScreen } from "../test/render";
import { ImportScreen } from "./ImportScreen";

const csv = "date,amount,currency,category,merchant,note,tags\n2026-11-01,12.50,EUR,Food,Bakery,,\nnot-a-date,1,EUR,,,,\n";

it("previews the file, imports it and lists the lines that failed", async () => {
  const api = fakeApi({
    ...defaultRoutes,
    "POST /expenses/import": { json: { imported: 1, duplicates: 0, errors: [{ line: 3, message: "The date is not valid." }] } },
  });
  renderScreen(<ImportScreen />, { at: "/import" });
  const user = userEvent.setup();

  await user.upload(screen.getByTestId("import-file"), new File([csv], "bank.csv", { type: "text/csv" }));
  const preview = await screen.findByTestId("import-preview");
  expect(preview).toHaveTextContent("2 rows found");
  expect(preview).toHaveTextContent("Bakery");

  await user.click(screen.getByRole("button", { name: "Import 2 rows" }));

  expect(await screen.findByTestId("import-result")).toHaveTextContent("1 imported, 0 skipped as duplicates, 1 with errors.");
  expect(screen.getByTestId("import-error")).toHaveTextContent("3The date is not valid.");
  const [call] = api.callsTo("POST", "/expenses/import");
  expect(call?.headers.get("Content-Type")).toBe("text/csv");
  expect(call?.body).toBe(csv);
});

it("says plainly when the server cannot import", async () => {
  fakeApi({ ...defaultRoutes, "POST /expenses/import": { status: 405, json: { title: "Method Not Allowed", status: 405 } } });
  renderScreen(<ImportScreen />, { at: "/import" });
  const user = userEvent.setup();

  await user.upload(screen.getByTestId("import-file"), new File([csv], "bank.csv", { type: "text/csv" }));
  await user.click(await screen.findByRole("button", { name: "Import 2 rows" }));

  expect(await screen.findByTestId("not-available")).toHaveTextContent("does not offer CSV import yet");
});
