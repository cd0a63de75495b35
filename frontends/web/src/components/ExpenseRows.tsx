import type { Category, Expense } from "../api/types";
import type { Formatter } from "../money/format";
import { Link } from "react-router";

/** A compact list of expenses, each a link to its edit page. */
export function ExpenseRows({ expenses, format, categoryById }: { expenses: Expense[]; format: Formatter; categoryById: Map<string, Category> }) {
  return (
    <ul className="expense-rows">
      {expenses.map((expense) => {
        const category = expense.categoryId ? categoryById.get(expense.categoryId) : undefined;
        return (
          <li key={expense.id}>
            <Link to={`/expenses/${expense.id}`} className="expense-row" data-testid="latest-expense">
              <span className="swatch" style={{ background: category?.color ?? "#94A3B8" }} aria-hidden="true" />
              <span className="expense-main">
                <span className="expense-merchant">{expense.merchant || category?.name || "Expense"}</span>
                <span className="muted">
                  {format.date(expense.date)}
                  {category ? ` · ${category.name}` : ""}
                </span>
              </span>
              <span className="amount">{format.money(expense.amount, expense.currency)}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
