import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { expensesQuery, monthlyReportQuery, trendQuery } from "../api/queries";
import type { MonthlyReport, TrendPoint } from "../api/types";
import { BudgetBar } from "../components/BudgetBar";
import { CategoryChart } from "../components/CategoryChart";
import { ExpenseRows } from "../components/ExpenseRows";
import { Empty, Loaded } from "../components/States";
import { TrendChart } from "../components/TrendChart";
import { addMonths, today } from "../lib/dates";
import { usePreferences } from "../lib/Preferences";

const UNCATEGORISED_COLOR = "#94A3B8";
const MONTH = /^\d{4}-\d{2}$/;

export function DashboardScreen() {
  const { format, categoryById, settings } = usePreferences();
  const [search, setSearch] = useSearchParams();
  const month = search.get("month")?.match(MONTH)?.[0] ?? today().slice(0, 7);
  const goTo = (target: string) => setSearch({ month: target }, { replace: true });

  // While another month loads, the last one stays in view.
  const report = useQuery({ ...monthlyReportQuery(month), placeholderData: keepPreviousData });
  const trend = useQuery({ ...trendQuery(addMonths(month, -11), month), placeholderData: keepPreviousData });
  const latest = useQuery(expensesQuery({ sort: "-date", pageSize: 5 }));

  return (
    <>
      <div className="screen-head">
        <h1>{format.month(month)}</h1>
        <div className="month-nav" role="group" aria-label="Month">
          <button type="button" className="button" onClick={() => goTo(addMonths(month, -1))} aria-label="Previous month">
            ‹
          </button>
          <button type="button" className="button" onClick={() => goTo(today().slice(0, 7))}>
            This month
          </button>
          <button type="button" className="button" onClick={() => goTo(addMonths(month, 1))} aria-label="Next month">
            ›
          </button>
        </div>
      </div>

      <Loaded query={report}>
        {(data) => <MonthSummary report={data} />}
      </Loaded>

      <section className="card" aria-labelledby="trend-title">
        <h2 id="trend-title">Trend</h2>
        <Loaded query={trend}>{(points) => <Trend points={points} month={month} preferred={settings.defaultCurrency} />}</Loaded>
      </section>

      <section className="card" aria-labelledby="latest-title">
        <div className="section-head">
          <h2 id="latest-title">Latest expenses</h2>
          <Link to="/expenses">All expenses</Link>
        </div>
        <Loaded query={latest}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty title="Nothing recorded yet.">
                <Link className="button primary" to="/expenses/new">
                  Add your first expense
                </Link>
              </Empty>
            ) : (
              <ExpenseRows expenses={page.items} format={format} categoryById={categoryById} />
            )
          }
        </Loaded>
      </section>
    </>
  );
}

function MonthSummary({ report: data }: { report: MonthlyReport }) {
  const { format, categoryById, settings } = usePreferences();
  const currencies = [...new Set(data.byCategory.map((row) => row.currency))];
  const budgets = data.byCategory.filter((row) => row.budget != null && row.categoryId);
  return (
    <>
      <section className="totals" aria-label="Total spent this month">
        {data.totals.length === 0 ? (
          <div className="card total">
            <span className="total-label">Spent</span>
            <span className="total-amount">{format.money(0, settings.defaultCurrency)}</span>
            <span className="muted">No expenses this month.</span>
          </div>
        ) : (
          data.totals.map((total) => (
            <div className="card total" key={total.currency} data-testid="month-total">
              <span className="total-label">Spent in {total.currency}</span>
              <span className="total-amount">{format.money(total.amount, total.currency)}</span>
              <span className="muted">
                {format.number(data.count)} {data.count === 1 ? "expense" : "expenses"}
              </span>
            </div>
          ))
        )}
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby="categories-title">
          <h2 id="categories-title">By category</h2>
          {currencies.length === 0 || data.totals.length === 0 ? (
            <Empty title="No spending this month." />
          ) : (
            currencies.map((currency) => (
              <CategoryChart
                key={currency}
                currency={currency}
                format={format}
                title={`Spending in ${currency}`}
                slices={data.byCategory
                  .filter((row) => row.currency === currency)
                  .map((row) => ({
                    label: row.name ?? "Uncategorised",
                    amount: row.amount,
                    color: (row.categoryId && categoryById.get(row.categoryId)?.color) || UNCATEGORISED_COLOR,
                  }))}
              />
            ))
          )}
        </section>

        <section className="card" aria-labelledby="budgets-title">
          <div className="section-head">
            <h2 id="budgets-title">Budgets</h2>
            <Link to="/budgets">Set budgets</Link>
          </div>
          {budgets.length === 0 ? (
            <Empty title="No budgets yet.">
              <p>Set a monthly budget per category to see how close you are.</p>
            </Empty>
          ) : (
            budgets.map((row) => (
              <BudgetBar
                key={`${row.categoryId}-${row.currency}`}
                name={row.name ?? "Uncategorised"}
                color={row.categoryId ? categoryById.get(row.categoryId)?.color : undefined}
                spent={row.amount}
                budget={row.budget ?? 0}
                currency={row.currency}
                percent={row.percentOfBudget ?? 0}
                format={format}
              />
            ))
          )}
        </section>
      </div>
    </>
  );
}

function Trend({ points, month: current, preferred }: { points: TrendPoint[]; month: string; preferred: string }) {
  const { format } = usePreferences();
  const currencies = [...new Set(points.flatMap((point) => point.totals.map((total) => total.currency)))];
  if (currencies.length === 0) return <Empty title="No spending in the last twelve months." />;
  const shown = currencies.includes(preferred) ? [preferred, ...currencies.filter((c) => c !== preferred)] : currencies;
  return (
    <>
      {shown.map((currency) => (
        <TrendChart key={currency} points={points} currency={currency} format={format} current={current} />
      ))}
    </>
  );
}
