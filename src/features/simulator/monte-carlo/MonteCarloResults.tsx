/**
 * The results of a Monte Carlo run: what was assumed, the components most likely to be down and each
 * type of component, every estimate with its confidence interval, and a warning once the graph has
 * changed since the run.
 */
import { useMemo } from 'react';
import type { MonteCarloResult } from '../../../engine/contagion/index.ts';
import { typeName } from '../node-appearance.ts';
import { formatCount } from '../simulator-fields.ts';
import { formatConfidence, formatMean, formatMeanInterval, formatPercent, formatPercentInterval } from './estimate-text.ts';

/** What a run assumed, as the reader set it. */
export interface RunSettings {
  trials: number;
  seed: number;
  infrastructure: number;
  other: number;
  group: { members: string[]; probability: number } | null;
}

const TOP = 20;

export function MonteCarloResults({ result, settings, label, stale }: { result: MonteCarloResult; settings: RunSettings; label: (id: string) => string; stale: boolean }) {
  const level = formatConfidence(result.confidence);
  const top = useMemo(
    () =>
      result.nodes
        .filter((n) => n.failures > 0)
        .sort((a, b) => b.probability - a.probability || a.id.localeCompare(b.id))
        .slice(0, TOP),
    [result],
  );
  const types = useMemo(() => [...result.types].sort((a, b) => b.probabilityAny - a.probabilityAny || b.meanFailed - a.meanFailed), [result]);
  const n = result.nodes.length;
  return (
    <section className="sim-mc-results" aria-label="Monte Carlo results" data-testid="mc-results">
      {stale && (
        <p className="sim-alert" role="status">
          The graph has changed since this run (another scenario, an edit or a mitigation). Run again to update these results.
        </p>
      )}
      <p data-testid="mc-summary">
        <strong>{formatCount(result.trials)}</strong> trials, seed {settings.seed}, {level} confidence intervals. On average{' '}
        <strong>{formatMean(result.totalFailed.mean)}</strong> of {formatCount(n)} components were down per trial ({level} interval{' '}
        {formatMeanInterval(result.totalFailed.mean, result.totalFailed.low, result.totalFailed.high)}).
      </p>
      <p>
        What the numbers mean: in each trial every infrastructure component failed on its own with probability {formatPercent(settings.infrastructure)} and
        every other component with probability {formatPercent(settings.other)}
        {settings.group
          ? `, and ${settings.group.members.map(label).join(', ')} failed together with probability ${formatPercent(settings.group.probability)}`
          : ''}
        ; the failures then spread through the dependencies by each component&rsquo;s rule. A component&rsquo;s probability is the share of trials in which it
        ended up down, and the range is a {level} confidence interval for it: with this many trials the true value, under these assumptions, very likely lies
        inside. More trials narrow the ranges. The input probabilities are assumptions to explore with, not measured outage rates.
      </p>

      {top.length === 0 ? (
        <p>No component failed in any trial. Raise the failure probabilities or the number of trials.</p>
      ) : (
        <div className="sim-table-wrap">
          <table className="sim-table" data-testid="mc-top-table">
            <caption>
              The {top.length === 1 ? 'component' : `${top.length} components`} most likely to be down
            </caption>
            <thead>
              <tr>
                <th scope="col">Component</th>
                <th scope="col">Type</th>
                <th scope="col">Probability of being down</th>
                <th scope="col">{level} interval</th>
                <th scope="col">Trials down</th>
              </tr>
            </thead>
            <tbody>
              {top.map((row) => (
                <tr key={row.id} data-node={row.id}>
                  <th scope="row">{label(row.id)}</th>
                  <td>{typeName(row.type)}</td>
                  <td className="sim-num">{formatPercent(row.probability)}</td>
                  <td className="sim-num">{formatPercentInterval(row.probability, row.low, row.high)}</td>
                  <td className="sim-num">{formatCount(row.failures)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="sim-table-wrap">
        <table className="sim-table" data-testid="mc-type-table">
          <caption>By type of component</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Components</th>
              <th scope="col">Mean down per trial</th>
              <th scope="col">{level} interval</th>
              <th scope="col">Probability at least one is down</th>
              <th scope="col">{level} interval</th>
            </tr>
          </thead>
          <tbody>
            {types.map((t) => (
              <tr key={t.type} data-type={t.type}>
                <th scope="row">{typeName(t.type)}</th>
                <td className="sim-num">{formatCount(t.nodes)}</td>
                <td className="sim-num">{formatMean(t.meanFailed)}</td>
                <td className="sim-num">{formatMeanInterval(t.meanFailed, t.low, t.high)}</td>
                <td className="sim-num">{formatPercent(t.probabilityAny)}</td>
                <td className="sim-num">{formatPercentInterval(t.probabilityAny, t.anyLow, t.anyHigh)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
