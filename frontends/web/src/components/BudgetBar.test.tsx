import { render, screen } from "@testing-library/react";
import { formatterFor } from "../money/format";
import { BudgetBar, budgetLevel } from "./BudgetBar";

it.each([
  [0, "ok"],
  [79.99, "ok"],
  [80, "warning"],
  [99.99, "warning"],
  [100, "over"],
  [250, "over"],
])("at %s %% the bar is %s", (percent, level) => expect(budgetLevel(percent)).toBe(level));

it("turns amber at 80 % and says so in words", () => {
  render(<BudgetBar name="Food" spent={80} budget={100} currency="EUR" percent={80} format={formatterFor("en-US")} />);
  const bar = screen.getByTestId("budget-bar");
  expect(bar).toHaveAttribute("data-level", "warning");
  expect(bar).toHaveTextContent("€80.00 / €100.00");
  expect(screen.getByRole("progressbar")).toHaveAccessibleName("Food: €80.00 of €100.00, 80 %, close to the budget");
});

it("turns red past the budget and keeps the fill inside the track", () => {
  render(<BudgetBar name="Travel" spent={150} budget={100} currency="EUR" percent={150} format={formatterFor("en-US")} />);
  expect(screen.getByTestId("budget-bar")).toHaveAttribute("data-level", "over");
  expect(screen.getByRole("progressbar").firstElementChild).toHaveStyle({ width: "100%" });
  expect(screen.getByText(/over budget/)).toBeInTheDocument();
});
