/**
 * Expected downtime a year of each strategy, correlated against independent, on a log scale. Plain SVG
 * drawn by React at a fixed size of WIDTH px (shrunk only down to about 0.9x, so its 14 px text stays
 * at least 12 px on screen); in a narrower calculator (below 650 px, redundancy.css) the same numbers show as
 * a table instead. A table also carries them for readers who do not see the chart.
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

export const WIDTH = 720;
const LEFT = 8;
/** room right of the longest bar for its value ("23 h 59 min" at 14 px) */
const RIGHT = 104;
const TOP = 30;
const ROW = 68;
const BAR = 18;

/** Grid lines at round durations. Not all tenfold apart (10 s to 1 min is 6x, 10 h to 1 d 2.4x): the caption says so. */
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

function DowntimeTable({ rows, caption, className }: { rows: ChartRow[]; caption: string; className?: string }) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Strategy</th>
          <th scope="col">Correlated</th>
          <th scope="col">Independent</th>
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
  );
}

export function ComparisonChart({ rows, id, convention }: { rows: ChartRow[]; id: string; convention: string }) {
  const values = rows.flatMap((r) => [r.correlatedSeconds, r.independentSeconds ?? 0]).filter((v) => v > 0);
  const low = values.length ? Math.min(...values) / 3 : 1;
  const high = values.length ? Math.max(...values) * 1.5 : 10;
  const x = logScale(low, high, LEFT, WIDTH - RIGHT);
  const height = TOP + rows.length * ROW + 8;
  const width = (v: number | null) => (v && v > 0 ? Math.max(2, x(v) - LEFT) : 0);
  const ticks = TICKS.filter(([t]) => t >= low && t <= high);
  const tickNames = ticks.map(([, label]) => label).join(', ');
  return (
    <figure className="rc-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="rc-chart-svg">
        <title id={`${id}-title`}>Expected downtime a year by strategy, correlated and independent, on a logarithmic scale</title>
        <desc id={`${id}-desc`}>
          {rows
            .map((r) => `${r.label}: ${formatDuration(r.correlatedSeconds)} correlated${r.independentSeconds === null ? '' : `, ${formatDuration(r.independentSeconds)} if independent`}.`)
            .join(' ')}
        </desc>
        {ticks.map(([t, label]) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - 4} className="rc-grid" />
            <text x={x(t)} y={TOP - 11} textAnchor="middle" className="rc-tick">
              {label}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={r.id} className={r.stale ? 'rc-chart-stale' : undefined}>
              <text x={LEFT} y={y + 15} className="rc-chart-label">
                {r.label}
                {r.stale ? ' (stale)' : ''}
              </text>
              <rect x={LEFT} y={y + 21} width={width(r.correlatedSeconds)} height={BAR} className="rc-bar-correlated" />
              <text x={LEFT + width(r.correlatedSeconds) + 5} y={y + 35} className="rc-chart-value">
                {formatDuration(r.correlatedSeconds)}
              </text>
              {r.independentSeconds !== null && (
                <>
                  <rect x={LEFT} y={y + 42} width={width(r.independentSeconds)} height={BAR} className="rc-bar-independent" />
                  <text x={LEFT + width(r.independentSeconds) + 5} y={y + 56} className="rc-chart-value">
                    {formatDuration(r.independentSeconds)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="rc-chart-legend">
          <span className="rc-key rc-key-correlated" aria-hidden="true" /> correlated: a shared domain’s failure counted once, for everything in it{' '}
          <span className="rc-key rc-key-independent" aria-hidden="true" /> if every failure were independent.{' '}
        </span>
        <span className="rc-chart-scale" data-testid="rc-chart-scale">
          Expected downtime a year ({convention}). Logarithmic scale from {formatDuration(low)}: equal distances are equal ratios of downtime, so a bar twice as long is not twice the downtime. Grid
          lines mark round durations{tickNames ? ` (${tickNames})` : ''}, which are not all the same ratio apart.
        </span>
      </figcaption>
      <DowntimeTable rows={rows} caption={`Expected downtime a year (${convention}): correlated, and if every failure were independent`} className="rc-chart-narrow" />
      <details className="rc-chart-table">
        <summary>The chart as a table</summary>
        <DowntimeTable rows={rows} caption="Expected downtime a year by strategy" />
      </details>
    </figure>
  );
}
