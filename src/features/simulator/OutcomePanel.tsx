/**
 * The outcome in words: what failed and why (the dependency and the rule), what survived, whether
 * each chain kept producing blocks and finalising, and how it compares with the real incident.
 */
import type { Explanation } from '../../engine/contagion/index.ts';
import type { IncidentMatch, ShownStatus, SimResult, SimScenario } from './simulation.ts';

interface Props {
  file: SimScenario;
  result: SimResult;
  status: ReadonlyMap<string, ShownStatus>;
  finished: boolean;
  match: IncidentMatch;
}

export function OutcomePanel({ file, result, status, finished, match }: Props) {
  const label = (id: string) => result.labels.get(id) ?? id;
  const down = [...status].filter(([, s]) => s === 'down').map(([id]) => id);
  const degraded = [...status].filter(([, s]) => s === 'degraded').map(([id]) => id);
  const up = [...status].filter(([, s]) => s === 'up').map(([id]) => id);
  const why = (ids: string[]) =>
    ids
      .map((id) => result.explanations.get(id))
      .filter((e): e is Explanation => !!e)
      .sort((a, b) => (a.wave ?? 99) - (b.wave ?? 99));
  const total = status.size;
  const chains = file.expected?.chains ?? [];
  return (
    <section className="sim-outcome" aria-labelledby="sim-outcome-heading" data-testid="sim-outcome">
      <h3 id="sim-outcome-heading">Outcome{finished ? '' : ' so far'}</h3>
      <p data-testid="sim-summary">
        <strong>{down.length}</strong> of {total} components down, <strong>{degraded.length}</strong> degraded, <strong>{up.length}</strong> up
        {finished ? ` after ${Math.max(0, result.outcome.waves.length - 1)} wave${result.outcome.waves.length === 2 ? '' : 's'} of contagion.` : '.'}
      </p>
      {chains.length > 0 && (
        <ul className="sim-chains" data-testid="sim-chains">
          {chains.map((c) => {
            const blocks = status.get(c.blocks.node) === 'up';
            const finality = c.finality ? status.get(c.finality.node) === 'up' : null;
            return (
              <li key={c.chain}>
                <strong>{c.chain}</strong>: {blocks ? 'keeps producing blocks' : 'stops producing blocks'}
                {finality === null ? '' : finality ? ' and keeps finalising' : ', but finality stalls'}.
              </li>
            );
          })}
        </ul>
      )}
      {down.length + degraded.length > 0 ? (
        <>
          <h4>What failed and why</h4>
          <ol className="sim-why">
            {why([...down, ...degraded]).map((e) => (
              <li key={e.id} data-node={e.id} data-status={e.status}>
                {e.wave !== null ? <span className="sim-wave-tag">wave {e.wave}</span> : <span className="sim-wave-tag">after</span>} {e.text}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>Nothing has failed. Choose a component to fail: click it, or focus it and press Enter.</p>
      )}
      {up.length > 0 && (
        <details>
          <summary>What survived ({up.length})</summary>
          <p>{up.map(label).join('; ')}.</p>
        </details>
      )}
      {file.expected && (
        <div className="sim-match" data-testid="sim-match">
          <h4>Compared with the real incident</h4>
          {!match.applicable ? (
            <p>
              You changed the trigger or switched on a mitigation, so this is a what-if. The real incident began when{' '}
              {(file.trigger?.seeds ?? []).map(label).join(' and ')} failed.
            </p>
          ) : finished ? (
            match.differs.length === 0 ? (
              <p data-match="yes">
                The model agrees with what happened for all {match.agrees.length} components the sources describe.{file.expected.note ? ` ${file.expected.note}` : ''}
              </p>
            ) : (
              <>
                <p data-match="no">The model differs from what happened for {match.differs.length} component(s):</p>
                <ul>
                  {match.differs.map((d) => (
                    <li key={d.id}>
                      {label(d.id)}: {d.expected} in reality, {d.simulated} in the model
                    </li>
                  ))}
                </ul>
              </>
            )
          ) : (
            <p>Play the cascade to the end to compare it with the real incident.</p>
          )}
        </div>
      )}
    </section>
  );
}
