import { useState, type FormEvent } from "react";
import { deleteBudget, listBudgets, monthlyReport, setBudget } from "../api/endpoints";
import { ApiError } from "../api/problem";
import type { Budget, Category, CategorySpending } from "../api/types";
import { BudgetBar } from "../components/BudgetBar";
import { Loaded, messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { currencyCodes } from "../money/currencies";
import { amountForEditing, amountProblem, parseAmount } from "../money/decimal";
import { today } from "../lib/dates";
import { usePreferences } from "../lib/Preferences";
import { useApi } from "../lib/useApi";

export function BudgetsScreen() {
  const { categories, format } = usePreferences();
  const month = today().slice(0, 7);
  const budgets = useApi((signal) => listBudgets(signal), []);
  const report = useApi((signal) => monthlyReport(month, signal), []);

  const changed = () => {
    budgets.reload();
    report.reload();
  };

  return (
    <>
      <div className="screen-head">
        <h1>Budgets</h1>
        <p className="muted">Monthly limits per category. This month: {format.month(month)}.</p>
      </div>
      <Loaded state={budgets}>
        {(list) => (
          <ul className="card list">
            {categories.map((category) => (
              <BudgetRow
                key={category.id}
                category={category}
                budget={list.find((b) => b.categoryId === category.id)}
                spending={report.data?.byCategory.find((row) => row.categoryId === category.id && row.budget != null)}
                onChanged={changed}
              />
            ))}
          </ul>
        )}
      </Loaded>
    </>
  );
}

function BudgetRow({ category, budget, spending, onChanged }: { category: Category; budget?: Budget; spending?: CategorySpending; onChanged(): void }) {
  const { settings, format } = usePreferences();
  const toast = useToast();
  const [amount, setAmount] = useState(budget ? amountForEditing(budget.amount, budget.currency) : "");
  const [currency, setCurrency] = useState(budget?.currency ?? settings.defaultCurrency);
  const [error, setError] = useState<string>();
  const amountId = `budget-${category.id}`;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const problem = amountProblem(amount, currency);
    if (problem) return setError(problem);
    try {
      await setBudget(category.id, parseAmount(amount) ?? amount, currency);
      setError(undefined);
      onChanged();
      toast(`Budget for ${category.name} saved.`, { kind: "success" });
    } catch (reason) {
      setError(reason instanceof ApiError && reason.fieldErrors.amount ? reason.fieldErrors.amount.join(" ") : messageOf(reason));
    }
  };

  const remove = async () => {
    try {
      await deleteBudget(category.id);
      setAmount("");
      onChanged();
    } catch (reason) {
      setError(messageOf(reason));
    }
  };

  return (
    <li className="budget-row">
      <form className="inline-form" onSubmit={save} noValidate aria-label={`Budget for ${category.name}`}>
        <span className="budget-category">
          <span className="swatch" style={{ background: category.color }} aria-hidden="true" />
          <label htmlFor={amountId}>{category.name}</label>
        </span>
        <input id={amountId} value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" placeholder="No budget" aria-invalid={error ? true : undefined} />
        <label className="visually-hidden" htmlFor={`${amountId}-currency`}>
          Currency of the {category.name} budget
        </label>
        <select id={`${amountId}-currency`} value={currency} onChange={(e) => setCurrency(e.target.value)}>
          {currencyCodes.map((code) => (
            <option key={code}>{code}</option>
          ))}
        </select>
        <button type="submit" className="button small primary">
          Save
        </button>
        {budget && (
          <button type="button" className="button small" onClick={() => void remove()}>
            Remove
          </button>
        )}
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {budget && spending && (
        <BudgetBar
          name={`${category.name} this month`}
          spent={spending.amount}
          budget={spending.budget ?? budget.amount}
          currency={spending.currency}
          percent={spending.percentOfBudget ?? 0}
          format={format}
        />
      )}
    </li>
  );
}
