/**
 * The outcome in words: what failed and why (the dependency and the rule) and how many unreported
 * edges each result rests on, what survived, what each chain did, which uncertain edges the result
 * hinges on, and how it compares with the real incident. Every sentence is derived from `status`, the
 * state the graph shows.
 */
import { useState } from 'react';
import type { Explanation } from '../../engine/contagion/index.ts';
import { supportCounts, supportText, type Evidence } from './evidence.ts';
import { chainSentence, chainStatements, type IncidentComparison } from './outcome-statements.ts';
import { SensitivityPanel } from './SensitivityPanel.tsx';
import type { ShownStatus, SimResult, SimScenario } from './simulation.ts';

/**
 * Longest "what failed and why" list drawn at once; the rest is one button away. On a 20,000-node graph a
 * cascade can take down thousands, and each wave re-rendered all of them while it played.
 */
const WHY_SHOWN = 100;

interface Props {
  file: SimScenario;
  result: SimResult;
  status: ReadonlyMap<string, ShownStatus>;
  finished: boolean;
  comparison: IncidentComparison;
  evidence: Evidence;
  failed: readonly string[];
}

export function OutcomePanel({ file, result, status, finished, comparison, evidence, failed }: Props) {
  const [allWhy, setAllWhy] = useState(false);
  const [survivedOpen, setSurvivedOpen] = useState(false);
  const label = (id: string) => result.labels.get(id) ?? id;
  const down = [...status].filter(([, s]) => s === 'down').map(([id]) => id);
  const degraded = [...status].filter(([, s]) => s === 'degraded').map(([id]) => id);
  const up = [...status].filter(([, s]) => s === 'up').map(([id]) => id);
  const why = (ids: string[]) =>
    ids
      .map((id) => result.explanations.get(id))
      .filter((e): e is Explanation => !!e)
      .sort((a, b) => (a.wave ?? 99) - (b.wave ?? 99));
  const whyList = down.length + degraded.length > 0 ? why([...down, ...degraded]) : [];
  const total = status.size;
  const statements = chainStatements(file.expected?.chains ?? [], status);
  const chains = [...new Set(statements.map((s) => s.chain))];
  const realTrigger = new Set(file.trigger?.seeds ?? []);
  // An ungraded graph (a reader's own) would say "ungraded" under every line: say it once, in the legend.
  const restsOn = (id: string) => (evidence.graded ? supportText(supportCounts(id, result.explanations, evidence)) : null);
  return (
    <section className="sim-outcome" aria-labelledby="sim-outcome-heading" data-testid="sim-outcome">
      <h3 id="sim-outcome-heading">Outcome{finished ? '' : ' so far'}</h3>
      <p data-testid="sim-summary">
        <strong>{down.length}</strong> of {total} components down, <strong>{degraded.length}</strong> degraded, <strong>{up.length}</strong> up
        {finished ? ` after ${Math.max(0, result.outcome.waves.length - 1)} wave${result.outcome.waves.length === 2 ? '' : 's'} of contagion.` : '.'}
      </p>
      {chains.length > 0 && (
        <ul className="sim-chains" data-testid="sim-chains">
          {chains.map((chain) => {
            const own = statements.filter((s) => s.chain === chain);
            const impaired = own.find((s) => s.state !== 'up');
            const rests = impaired ? restsOn(impaired.node) : null;
            return (
              <li key={chain} data-chain={chain}>
                {chainSentence(own)}
                {rests && <span className="sim-rests"> This {rests}.</span>}
              </li>
            );
          })}
        </ul>
      )}
      {down.length + degraded.length > 0 ? (
        <>
          <h4>What failed and why</h4>
          <ol className="sim-why">
            {whyList.slice(0, allWhy ? whyList.length : WHY_SHOWN).map((e) => {
              const rests = e.cause === 'seed' ? null : restsOn(e.id);
              return (
                <li key={e.id} data-node={e.id} data-status={e.status}>
                  {e.wave !== null ? <span className="sim-wave-tag">wave {e.wave}</span> : <span className="sim-wave-tag">after</span>}{' '}
                  {e.cause === 'seed' ? `${label(e.id)} is down: failed by you${realTrigger.has(e.id) ? ', as it failed in the real incident' : ''}.` : e.text}
                  {rests && <span className="sim-rests"> This {rests}.</span>}
                </li>
              );
            })}
          </ol>
          {whyList.length > WHY_SHOWN && (
            <p className="sim-actions">
              <span className="sim-muted">{allWhy ? `All ${whyList.length.toLocaleString('en')} shown.` : `The first ${WHY_SHOWN} of ${whyList.length.toLocaleString('en')}, in wave order; the Table view lists every component too.`}</span>{' '}
              <button type="button" onClick={() => setAllWhy(!allWhy)} data-testid="sim-why-all">
                {allWhy ? `Show the first ${WHY_SHOWN}` : `Show all ${whyList.length.toLocaleString('en')}`}
              </button>
            </p>
          )}
        </>
      ) : (
        <p>Nothing has failed. Choose a component to fail: click it, or focus it and press Enter.</p>
      )}
      {up.length > 0 && (
        // Written out only when opened: on a 20,000-node graph it is a list of thousands of names.
        <details onToggle={(e) => setSurvivedOpen(e.currentTarget.open)}>
          <summary>What survived ({up.length})</summary>
          {survivedOpen && <p>{up.map(label).join('; ')}.</p>}
        </details>
      )}
      {finished && <SensitivityPanel result={result} failed={failed} evidence={evidence} />}
      {file.expected && (
        <div className="sim-match" data-testid="sim-match">
          <h4>Compared with the real incident</h4>
          {!comparison.applicable ? (
            <p>
              You changed the trigger or switched on a mitigation, so this is a what-if. The real incident began when{' '}
              {(file.trigger?.seeds ?? []).map(label).join(' and ')} failed.
            </p>
          ) : finished ? (
            comparison.differs.length === 0 ? (
              <p data-match="yes">
                The model agrees with what happened in all {comparison.compared} statements the sources make ({file.expected.down.length + file.expected.degraded.length + file.expected.up.length} components
                {comparison.compared > file.expected.down.length + file.expected.degraded.length + file.expected.up.length ? ', and what the chains did' : ''}).
                {file.expected.note ? ` ${file.expected.note}` : ''}
              </p>
            ) : (
              <>
                <p data-match="no">
                  The model differs from what happened in {comparison.differs.length} of {comparison.compared} statements:
                </p>
                <ul>
                  {comparison.differs.map((d) => (
                    <li key={d.key} data-differs={d.key}>
                      {d.text}
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
