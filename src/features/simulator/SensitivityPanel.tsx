/**
 * Which uncertain edges the result hinges on: for every edge no source reports (inferred, assumed or
 * ungraded), would removing it change the outcome? The engine answers (edgeSensitivity); this only
 * words the answer.
 */
import { useMemo } from 'react';
import { edgeSensitivity } from '../../engine/contagion/index.ts';
import type { Evidence } from './evidence.ts';
import type { SimResult } from './simulation.ts';

/** Each answer recompiles the graph: beyond this many edges times nodes the check is not run in the page. */
const MAX_WORK = 400_000;

export function SensitivityPanel({ result, failed, evidence }: { result: SimResult; failed: readonly string[]; evidence: Evidence }) {
  const { scenario } = result;
  const candidates = useMemo(() => scenario.edges.flatMap((e, i) => (evidence.edge(e.from, e.to) === 'reported' ? [] : [i])), [scenario, evidence]);
  const tooBig = candidates.length * (scenario.nodes.length + scenario.edges.length) > MAX_WORK;
  const answers = useMemo(() => {
    if (tooBig || candidates.length === 0) return [];
    return edgeSensitivity(scenario, failed.filter((id) => result.graph.index.has(id)), candidates);
  }, [scenario, result.graph, failed, candidates, tooBig]);
  const label = (id: string) => result.labels.get(id) ?? id;
  const edgeName = (from: string, to: string) => `${label(from)} depends on ${label(to)} (${evidence.edge(from, to) === 'unstated' ? 'ungraded' : evidence.edge(from, to)})`;
  const hinges = answers.filter((a) => a.result === 'changed');
  const unknown = answers.filter((a) => a.result === 'undetermined');
  const steady = answers.length - hinges.length - unknown.length;
  return (
    <div className="sim-sensitivity" data-testid="sim-sensitivity">
      <h4>What the result hinges on</h4>
      {candidates.length === 0 ? (
        <p>Every edge of this model is reported by a cited source, so no edge is uncertain.</p>
      ) : tooBig ? (
        <p>This graph has {candidates.length.toLocaleString('en')} ungraded or unreported edges: too many to check one by one in the page.</p>
      ) : (
        <>
          <p data-hinges={hinges.length}>
            {hinges.length === 0
              ? `Removing any one of the ${candidates.length} edges no source reports would not change the outcome.`
              : `Of the ${candidates.length} edges no source reports, ${hinges.length} would change the outcome if removed${steady ? `; the other ${steady} would not` : ''}:`}
          </p>
          {hinges.length > 0 && (
            <ul>
              {hinges.map((a) =>
                a.result === 'changed' ? (
                  <li key={a.edge} data-edge={`${a.from}>${a.to}`}>
                    {edgeName(a.from, a.to)}: without it, {a.changes.map((c) => `${label(c.id)} would be ${c.without} instead of ${c.with}`).join('; ')}.
                  </li>
                ) : null,
              )}
            </ul>
          )}
          {unknown.length > 0 && (
            <p>
              Cannot tell for {unknown.length}: {unknown.map((a) => edgeName(a.from, a.to)).join('; ')} (the model needs each of them to apply its rule).
            </p>
          )}
        </>
      )}
    </div>
  );
}
