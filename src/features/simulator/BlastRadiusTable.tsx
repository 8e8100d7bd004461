/**
 * Which single failure hurts most: components ranked by how many others fail when they alone fail,
 * with how many more it leaves degraded (the engine's evaluate, run for each row shown).
 */
import { useMemo } from 'react';
import { evaluate, type BlastRadiusEntry, type Graph } from '../../engine/contagion/index.ts';
import { typeName } from './node-appearance.ts';

const SHOWN = 25;

export function BlastRadiusTable({ graph, ranking, labels, onFailOnly }: { graph: Graph; ranking: readonly BlastRadiusEntry[]; labels: ReadonlyMap<string, string>; onFailOnly: (id: string) => void }) {
  const rows = ranking.slice(0, SHOWN);
  const degraded = useMemo(() => new Map(ranking.slice(0, SHOWN).map((r) => [r.id, evaluate(graph, [r.id]).degraded.length])), [graph, ranking]);
  return (
    <details className="sim-panel">
      <summary>Blast radius: which single failure hurts most</summary>
      <table className="sim-table">
        <caption className="visually-hidden">Components ranked by how many others fail when they alone fail</caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Others that fail</th>
            <th scope="col">Others degraded</th>
            <th scope="col">By type</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{labels.get(r.id) ?? r.id}</th>
              <td>{r.count}</td>
              <td>{degraded.get(r.id)}</td>
              <td>
                {Object.entries(r.byType)
                  .map(([t, n]) => `${n} ${typeName(t).toLowerCase()}`)
                  .join(', ') || '–'}
              </td>
              <td>
                <button type="button" onClick={() => onFailOnly(r.id)}>
                  Fail only this
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ranking.length > SHOWN && <p className="sim-muted">Showing the {SHOWN} most harmful of {ranking.length} components.</p>}
    </details>
  );
}
