/** The graph as a table: the keyboard and screen-reader view, and the view for very large graphs. */
import { useState, type ReactNode } from 'react';
import type { Explanation } from '../../../engine/contagion/index.ts';
import { typeName } from '../node-appearance.ts';
import type { ShownStatus } from '../simulation.ts';
import type { Grade } from '../evidence.ts';

/** Edit mode in the table (editor/TableEdits.tsx): a rename field in place of a name, and each row's edit buttons. */
export interface TableEditing {
  /** the rename field for this component, or null when it is not being renamed */
  nameField: (id: string) => ReactNode;
  actions: (node: { id: string; label: string }) => ReactNode;
}

interface Props {
  nodes: readonly { id: string; label: string; type: string; grade?: Grade }[];
  status: ReadonlyMap<string, ShownStatus>;
  seeds: ReadonlySet<string>;
  explanations: ReadonlyMap<string, Explanation>;
  onToggle?: (id: string) => void;
  limit?: number;
  editing?: TableEditing | undefined;
}

export function NodeTable({ nodes, status, seeds, explanations, onToggle, limit = 500, editing }: Props) {
  // Rows are added `limit` at a time, so a 20,000-node graph opens quickly and every component stays reachable.
  const [shown, setShown] = useState(limit);
  const rows = nodes.slice(0, shown);
  return (
    <div className="sim-table-wrap">
      <table className="sim-table" data-testid="sim-node-table">
        <caption>Every component, its state and why</caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Type</th>
            <th scope="col">State</th>
            <th scope="col">Evidence</th>
            <th scope="col">Why</th>
            {onToggle && <th scope="col">Action</th>}
            {editing && <th scope="col">Edit</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => {
            const s = status.get(n.id) ?? 'up';
            const e = s === 'up' ? undefined : explanations.get(n.id);
            return (
              <tr key={n.id} className={`is-${s}`} data-node={n.id}>
                <th scope="row">{editing?.nameField(n.id) ?? n.label}</th>
                <td>{typeName(n.type)}</td>
                <td>{s}{seeds.has(n.id) ? ' (failed by you)' : ''}</td>
                <td>{n.grade ?? 'unstated'}</td>
                <td>{e?.text ?? ''}</td>
                {onToggle && (
                  <td>
                    <button type="button" onClick={() => onToggle(n.id)} aria-label={`${seeds.has(n.id) ? 'Restore' : 'Fail'} ${n.label}`}>
                      {seeds.has(n.id) ? 'Restore' : 'Fail'}
                    </button>
                  </td>
                )}
                {editing && <td>{editing.actions(n)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      {nodes.length > shown && (
        <p className="sim-actions">
          <span className="sim-muted">
            Showing the first {shown.toLocaleString('en')} of {nodes.length.toLocaleString('en')} components.
          </span>{' '}
          <button type="button" onClick={() => setShown(shown + limit)} data-testid="sim-node-table-more">
            Show {Math.min(limit, nodes.length - shown).toLocaleString('en')} more
          </button>{' '}
          <button type="button" onClick={() => setShown(nodes.length)}>
            Show all (may take a few seconds)
          </button>
        </p>
      )}
    </div>
  );
}
