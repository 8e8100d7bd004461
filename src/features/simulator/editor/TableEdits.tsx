/**
 * Editing in the table view: each row gets Rename and Remove buttons, and a rename shows the same field
 * as on the picture (RenameField.tsx) in the row's name cell. The edits are the picture editor's, so they
 * go through the same reducer and Undo covers them.
 */
import { Suspense } from 'react';
import type { TableEditing } from '../graph/NodeTable.tsx';
import { focusLater } from './focus-later.ts';
import { LazyRenameField, type PictureEditor } from './PictureEditor.tsx';

const rowOf = (id: string) => `[data-node="${CSS.escape(id)}"]`;

export function tableEditing(editor: PictureEditor): TableEditing | undefined {
  if (!editor.editing) return undefined;
  const { scenario, renaming, run, startRename, setRenameText, commitRename, cancelRename } = editor.bar;
  return {
    nameField: (id) => {
      const node = renaming?.id === id ? scenario.nodes.find((n) => n.id === id) : undefined;
      if (!renaming || !node) return null;
      return (
        <div className="sim-field sim-rename-row">
          <Suspense fallback={null}>
            <LazyRenameField
              id={id}
              label={node.label}
              text={renaming.text}
              error={renaming.error}
              onText={setRenameText}
              onCommit={commitRename}
              onCancel={cancelRename}
              ready
              focusBack={(field) => focusLater(field.closest('.sim-table-wrap'), `${rowOf(id)} [data-rename]`)}
            />
          </Suspense>
        </div>
      );
    },
    actions: (n) => (
      <div className="sim-row-edits">
        <button type="button" data-rename="" aria-label={`Rename ${n.label}`} onClick={() => startRename(n.id)}>
          Rename
        </button>
        <button
          type="button"
          aria-label={`Remove ${n.label}`}
          onClick={(e) => {
            // The row goes: the focus moves to the same button of the next row (or the previous one).
            const row = e.currentTarget.closest('tr');
            const next = (row?.nextElementSibling ?? row?.previousElementSibling)?.getAttribute('data-node');
            run((m) => m.removeComponent(scenario, n.id));
            if (next) focusLater(row?.closest('.sim-table-wrap'), `${rowOf(next)} [data-remove]`)();
          }}
          data-remove=""
        >
          Remove
        </button>
      </div>
    ),
  };
}
