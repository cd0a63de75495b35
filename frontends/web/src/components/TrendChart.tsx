import type { TrendPoint } from "../api/types";
import type { Formatter } from "../money/format";

/** Twelve months of spending in one currency as columns; the current month highlighted. */
export function TrendChart({ points, currency, format, current }: { points: TrendPoint[]; currency: string; format: Formatter; current: string }) {
  const values = points.map((point) => ({ month: point.month, amount: point.totals.find((t) => t.currency === currency)?.amount ?? 0 }));
  const max = Math.max(0, ...values.map((v) => v.amount));
  const width = 24;
  const gap = 8;
  const chartHeight = 120;
  const total = values.length * (width + gap);
  const description = values.map((v) => `${format.month(v.month)}: ${format.money(v.amount, currency)}`).join("; ");
  return (
    <figure className="chart trend-chart">
      <figcaption>
        Last {values.length} months in {currency}
      </figcaption>
      <svg viewBox={`0 0 ${total} ${chartHeight + 20}`} width="100%" role="img" aria-label={`Spending per month in ${currency}: ${description}`}>
        <line x1={0} x2={total} y1={chartHeight} y2={chartHeight} className="axis" />
        {values.map((value, index) => {
          const height = max ? (value.amount / max) * (chartHeight - 10) : 0;
          const x = index * (width + gap) + gap / 2;
          return (
            <g key={value.month}>
              <title>{`${format.month(value.month)}: ${format.money(value.amount, currency)}`}</title>
              <rect x={x} y={chartHeight - height} width={width} height={height} rx={3} className={value.month === current ? "bar current" : "bar"} />
              <text x={x + width / 2} y={chartHeight + 14} textAnchor="middle" className="tick">
                {format.month(value.month, "short")}
              </text>
            </g>
          );
        })}
      </svg>
      {max > 0 && <p className="chart-note">Highest month: {format.money(max, currency)}</p>}
    </figure>
  );
}
