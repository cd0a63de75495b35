import type { Formatter } from "../money/format";

export type BudgetLevel = "ok" | "warning" | "over";

/** Amber from 80 % of the budget, red from 100 %. */
export function budgetLevel(percent: number): BudgetLevel {
  return percent >= 100 ? "over" : percent >= 80 ? "warning" : "ok";
}

const levelWords: Record<BudgetLevel, string> = { ok: "within budget", warning: "close to the budget", over: "over budget" };

export function BudgetBar({
  name,
  color,
  spent,
  budget,
  currency,
  percent,
  format,
}: {
  name: string;
  color?: string;
  spent: number;
  budget: number;
  currency: string;
  percent: number;
  format: Formatter;
}) {
  const level = budgetLevel(percent);
  const label = `${name}: ${format.money(spent, currency)} of ${format.money(budget, currency)}, ${format.number(Math.round(percent))} %, ${levelWords[level]}`;
  return (
    <div className={`budget budget-${level}`} data-testid="budget-bar" data-level={level}>
      <div className="budget-head">
        <span className="budget-name">
          {color && <span className="swatch" style={{ background: color }} aria-hidden="true" />}
          {name}
        </span>
        <span className="budget-figures">
          {format.money(spent, currency)} / {format.money(budget, currency)}
        </span>
      </div>
      <div
        className="budget-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, Math.round(percent))}
        aria-valuetext={`${format.number(Math.round(percent))} %`}
      >
        <div className="budget-fill" style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
      </div>
      <span className="budget-level">
        {format.number(Math.round(percent))} % · {levelWords[level]}
      </span>
    </div>
  );
}
