/**
 * The scenario's mitigations: switch each on or off, read how many components are better or worse off
 * than without them, and show before and after side by side.
 */
import type { Dispatch } from 'react';
import type { Comparison, SimResult, SimScenario } from './simulation.ts';
import type { SimulatorAction } from './simulator-state.ts';

interface Props {
  uid: string;
  mitigations: NonNullable<SimScenario['mitigations']>;
  enabled: readonly string[];
  compare: boolean;
  baseline: SimResult;
  result: SimResult;
  comparison: Comparison;
  dispatch: Dispatch<SimulatorAction>;
}

export function MitigationsPanel({ uid, mitigations, enabled, compare, baseline, result, comparison, dispatch }: Props) {
  const names = (ids: readonly string[]) => ids.map((id) => result.labels.get(id) ?? id).join(', ');
  return (
    <section className="sim-mitigations" aria-labelledby={`${uid}-mit`}>
      <h3 id={`${uid}-mit`}>Mitigations</h3>
      <ul>
        {mitigations.map((m) => (
          <li key={m.id}>
            <label>
              <input type="checkbox" checked={enabled.includes(m.id)} onChange={(e) => dispatch({ type: 'set-mitigation', id: m.id, on: e.target.checked })} data-mitigation={m.id} />{' '}
              <strong>{m.title}</strong>
            </label>
            <p className="sim-muted">{m.description}</p>
          </li>
        ))}
      </ul>
      {enabled.length > 0 && (
        <>
          <p data-testid="sim-compare-summary">
            Before: {baseline.outcome.failed.length} down, {baseline.outcome.degraded.length} degraded. After: {result.outcome.failed.length} down,{' '}
            {result.outcome.degraded.length} degraded.{' '}
            {comparison.saved.length ? `Better off: ${names(comparison.saved)}.` : 'No component is better off.'}
            {comparison.worse.length ? ` Worse off: ${names(comparison.worse)}.` : ''}
          </p>
          <label>
            <input type="checkbox" checked={compare} onChange={(e) => dispatch({ type: 'set-compare', on: e.target.checked })} /> Show before and after side by side
          </label>
        </>
      )}
    </section>
  );
}
