/**
 * Expected downtime a year of each strategy, correlated against independent, on a log scale (each
 * step of the axis is ten times the downtime, i.e. one nine). Plain SVG drawn by React; a table
 * carries the same numbers for readers who do not see the chart.
 */
import { logScale } from './log-scale.ts';
import { formatDuration } from './result-text.ts';

export interface ChartRow {
  id: string;
  label: string;
  correlatedSeconds: number;
  independentSeconds: number | null;
  stale: boolean;
}

const WIDTH = 600;
const LEFT = 8;
const RIGHT = 8;
const TOP = 28;
const ROW = 64;
const BAR = 16;

const TICKS: [number, string][] = [
  [1, '1 s'],
  [10, '10 s'],
  [60, '1 min'],
  [600, '10 min'],
  [3600, '1 h'],
  [36_000, '10 h'],
  [86_400, '1 d'],
  [864_000, '10 d'],
  [8_640_000, '100 d'],
];

export function ComparisonChart({ rows, id, convention }: { rows: ChartRow[]; id: string; convention: string }) {
  const values = rows.flatMap((r) => [r.correlatedSeconds, r.independentSeconds ?? 0]).filter((v) => v > 0);
  const low = values.length ? Math.min(...values) / 3 : 1;
  const high = values.length ? Math.max(...values) * 3 : 10;
  const x = logScale(low, high, LEFT, WIDTH - RIGHT);
  const height = TOP + rows.length * ROW + 8;
  const width = (v: number | null) => (v && v > 0 ? Math.max(2, x(v) - LEFT) : 0);
  const ticks = TICKS.filter(([t]) => t >= low && t <= high);
  return (
    <figure className="rc-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="rc-chart-svg">
        <title id={`${id}-title`}>Expected downtime a year by strategy, correlated and independent</title>
        <desc id={`${id}-desc`}>
          {rows.map((r) => `${r.label}: ${formatDuration(r.correlatedSeconds)} correlated${r.independentSeconds === null ? '' : `, ${formatDuration(r.independentSeconds)} if independent`}.`).join(' ')}
        </desc>
        {ticks.map(([t, label]) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - 4} className="rc-grid" />
            <text x={x(t)} y={TOP - 10} textAnchor="middle" className="rc-tick">
              {label}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={r.id} className={r.stale ? 'rc-chart-stale' : undefined}>
              <text x={LEFT} y={y + 14} className="rc-chart-label">
                {r.label}
                {r.stale ? ' (stale)' : ''}
              </text>
              <rect x={LEFT} y={y + 20} width={width(r.correlatedSeconds)} height={BAR} className="rc-bar-correlated" />
              <text x={LEFT + width(r.correlatedSeconds) + 4} y={y + 32} className="rc-chart-value">
                {formatDuration(r.correlatedSeconds)}
              </text>
              {r.independentSeconds !== null && (
                <>
                  <rect x={LEFT} y={y + 40} width={width(r.independentSeconds)} height={BAR} className="rc-bar-independent" />
                  <text x={LEFT + width(r.independentSeconds) + 4} y={y + 52} className="rc-chart-value">
                    {formatDuration(r.independentSeconds)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="rc-key rc-key-correlated" aria-hidden="true" /> correlated (shared domains counted once){' '}
        <span className="rc-key rc-key-independent" aria-hidden="true" /> if every failure were independent. Expected downtime a year ({convention}), log scale: each grid step is ten times more.
      </figcaption>
      <details className="rc-chart-table">
        <summary>The chart as a table</summary>
        <table>
          <caption className="visually-hidden">Expected downtime a year by strategy</caption>
          <thead>
            <tr>
              <th scope="col">Strategy</th>
              <th scope="col">Correlated</th>
              <th scope="col">If independent</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.label}
                  {r.stale ? ' (stale)' : ''}
                </th>
                <td>{formatDuration(r.correlatedSeconds)}</td>
                <td>{r.independentSeconds === null ? '–' : formatDuration(r.independentSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
