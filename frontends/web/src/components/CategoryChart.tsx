import type { Formatter } from "../money/format";

export interface ChartSlice {
  label: string;
  amount: number;
  color: string;
}

/** Spending per category in one currency as horizontal bars, largest first, with the figures written out. */
export function CategoryChart({ slices, currency, format, title }: { slices: ChartSlice[]; currency: string; format: Formatter; title: string }) {
  const sorted = [...slices].filter((slice) => slice.amount > 0).sort((a, b) => b.amount - a.amount);
  const max = sorted[0]?.amount ?? 0;
  const total = sorted.reduce((sum, slice) => sum + slice.amount, 0);
  if (sorted.length === 0) return null;
  return (
    <figure className="chart category-chart">
      <figcaption>{title}</figcaption>
      <ul>
        {sorted.map((slice) => (
          <li key={slice.label} data-testid="category-row">
            <div className="chart-row-head">
              <span>
                <span className="swatch" style={{ background: slice.color }} aria-hidden="true" />
                {slice.label}
              </span>
              <span className="legend-value">
                {format.money(slice.amount, currency)}
                <span className="muted"> · {format.number(Math.round((slice.amount / total) * 100))} %</span>
              </span>
            </div>
            <svg className="chart-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect x={0} y={0} height={6} rx={1.5} width={Math.max(1, (slice.amount / max) * 100)} fill={slice.color} />
            </svg>
          </li>
        ))}
      </ul>
    </figure>
  );
}
