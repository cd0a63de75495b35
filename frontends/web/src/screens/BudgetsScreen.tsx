import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { deleteBudget, setBudget } from "../api/endpoints";
import { ApiError } from "../api/problem";
import { budgetsChanged, budgetsQuery, monthlyReportQuery } from "../api/queries";
import type { Budget, Category, CategorySpending } from "../api/types";
import { BudgetBar } from "../components/BudgetBar";
import { Loaded, messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { currencyCodes } from "../money/currencies";
import { amountForEditing, amountProblem, parseAmount } from "../money/decimal";
import { today } from "../lib/dates";
import { usePreferences } from "../lib/Preferences";

export function BudgetsScreen() {
  const { categories, format } = usePreferences();
  const month = today().slice(0, 7);
  const budgets = useQuery(budgetsQuery);
  const report = useQuery(monthlyReportQuery(month));

  return (
    <>
      <div className="screen-head">
        <h1>Budgets</h1>
        <p className="muted">Monthly limits per category. This month: {format.month(month)}.</p>
      </div>
      <Loaded query={budgets}>
        {(list) => (
          <ul className="card list">
            {categories.map((category) => (
              <BudgetRow
                key={category.id}
                category={category}
                budget={list.find((b) => b.categoryId === category.id)}
                spending={report.data?.byCategory.find((row) => row.categoryId === category.id && row.budget != null)}
              />
            ))}
          </ul>
        )}
      </Loaded>
    </>
  );
}

function BudgetRow({ category, budget, spending }: { category: Category; budget?: Budget; spending?: CategorySpending }) {
  const { settings, format } = usePreferences();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState(budget ? amountForEditing(budget.amount, budget.currency) : "");
  const [currency, setCurrency] = useState(budget?.currency ?? settings.defaultCurrency);
  const [error, setError] = useState<string>();
  const amountId = `budget-${category.id}`;

  const save = useMutation({
    mutationFn: () => setBudget(category.id, parseAmount(amount) ?? amount, currency),
    onSuccess: () => {
      setError(undefined);
      toast(`Budget for ${category.name} saved.`, { kind: "success" });
      return budgetsChanged(queryClient);
    },
    onError: (reason) => setError(reason instanceof ApiError && reason.fieldErrors.amount ? reason.fieldErrors.amount.join(" ") : messageOf(reason)),
  });

  const remove = useMutation({
    mutationFn: () => deleteBudget(category.id),
    onSuccess: () => {
      setAmount("");
      return budgetsChanged(queryClient);
    },
    onError: (reason) => setError(messageOf(reason)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = amountProblem(amount, currency);
    if (problem) setError(problem);
    else save.mutate();
  };

  return (
    <li className="budget-row">
      <form className="inline-form" onSubmit={submit} noValidate aria-label={`Budget for ${category.name}`}>
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
          <button type="button" className="button small" onClick={() => remove.mutate()}>
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
