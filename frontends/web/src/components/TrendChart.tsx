import type { CSSProperties } from "react";
import type { TrendPoint } from "../api/types";
import type { Formatter } from "../money/format";

/** Months of spending in one currency as columns, the current month highlighted; labels in HTML so they stay legible. */
export function TrendChart({ points, currency, format, current }: { points: TrendPoint[]; currency: string; format: Formatter; current: string }) {
  const values = points.map((point) => ({ month: point.month, amount: point.totals.find((t) => t.currency === currency)?.amount ?? 0 }));
  const max = Math.max(0, ...values.map((v) => v.amount));
  const slot = 10;
  const description = values.map((v) => `${format.month(v.month)}: ${format.money(v.amount, currency)}`).join("; ");
  return (
    <figure className="chart trend-chart" style={{ "--months": values.length } as CSSProperties}>
      <figcaption>
        Last {values.length} months in {currency}
      </figcaption>
      <svg viewBox={`0 0 ${values.length * slot} 100`} preserveAspectRatio="none" role="img" aria-label={`Spending per month in ${currency}: ${description}`}>
        {values.map((value, index) => {
          const height = max ? Math.max(value.amount > 0 ? 1 : 0, (value.amount / max) * 96) : 0;
          return (
            <rect key={value.month} x={index * slot + 2} y={100 - height} width={slot - 4} height={height} className={value.month === current ? "bar current" : "bar"}>
              <title>{`${format.month(value.month)}: ${format.money(value.amount, currency)}`}</title>
            </rect>
          );
        })}
      </svg>
      <ol className="trend-ticks" aria-hidden="true">
        {values.map((value) => (
          <li key={value.month}>{format.month(value.month, "short")}</li>
        ))}
      </ol>
      {max > 0 && <p className="chart-note">Highest month: {format.money(max, currency)}</p>}
    </figure>
  );
}
