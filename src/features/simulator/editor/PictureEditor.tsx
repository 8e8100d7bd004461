/**
 * Editing on the picture: an Edit toggle over the drawing; in edit mode a click (or Enter) on a component
 * selects it instead of failing it, a click on empty space adds a component, and a toolbar and keys
 * act on the selection: N adds, D then another component adds a dependency (the selected one depends on
 * it), Delete or Backspace removes, F2 or a double-click renames in place (RenameInPlace.tsx: Enter or
 * leaving the field saves, Escape cancels). Every edit goes through the simulator's reducer as the reader's
 * own scenario, so Undo covers it.
 */
import { Suspense, lazy, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import type { SimScenario } from '../simulation.ts';
import type { PictureEdit } from './picture-edits.ts';
import './picture-editor.css';

// The edits validate through the engine's schema (zod, about 28 KB): loaded when edit mode is first
// switched on, so readers who only run scenarios never download it.
type Edits = typeof import('./picture-edits.ts');
let editsModule: Edits | null = null;
const loadEdits = () => import('./picture-edits.ts').then((m) => (editsModule = m));
type MakeEdit = (edits: Edits) => PictureEdit & { id?: string };
const withEdits = (): Promise<Edits> => (editsModule ? Promise.resolve(editsModule) : loadEdits());
// The rename field, on the picture or in a table row, loads with the edits: only edit mode shows it.
const loadRenameInPlace = () => import('./RenameInPlace.tsx');
const loadRenameField = () => import('./RenameField.tsx');
const RenameInPlace = lazy(() => loadRenameInPlace().then((m) => ({ default: m.RenameInPlace })));
export const LazyRenameField = lazy(() => loadRenameField().then((m) => ({ default: m.RenameField })));

/** A rename under way: which component, the text as typed, and why it was refused (null: not refused). */
export interface Renaming {
  id: string;
  text: string;
  error: string | null;
}

export interface PictureEditor {
  editing: boolean;
  setEditing: (on: boolean) => void;
  selected: string | null;
  /** what a click or Enter on a component does in edit mode */
  onNode: (id: string) => void;
  onBackgroundClick: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
  /** double-click on a component renames it */
  onDoubleClick: (e: MouseEvent) => void;
  /** a drag from one component to another adds a dependency (the dragged-from depends on the dragged-to) */
  onPointerDown: (e: PointerEvent) => void;
  onPointerUp: (e: PointerEvent) => void;
  bar: {
    scenario: SimScenario;
    selected: string | null;
    connecting: boolean;
    renaming: Renaming | null;
    message: string;
    run: (make: MakeEdit) => void;
    setConnecting: (on: boolean) => void;
    startRename: (id: string) => void;
    setRenameText: (text: string) => void;
    /** saves the rename; resolves to false when the name is refused (the field stays open with the reason) */
    commitRename: () => Promise<boolean>;
    cancelRename: () => void;
  };
}

const nodeAt = (target: EventTarget) => (target instanceof Element ? target.closest('[data-node]')?.getAttribute('data-node') : null) ?? null;

/**
 * In edit mode a press on a component must start a drag, not a pan: the pan (d3-zoom) listens on the
 * drawing itself, so the press is stopped on its way down, in the capture phase of the wrapper.
 */
export function useNoPanFromNodes(wrapper: RefObject<HTMLElement | null>, editing: boolean) {
  useEffect(() => {
    const el = wrapper.current;
    if (!el || !editing) return;
    const stop = (e: Event) => {
      if (nodeAt(e.target!)) e.stopPropagation();
    };
    el.addEventListener('mousedown', stop, true);
    return () => el.removeEventListener('mousedown', stop, true);
  }, [wrapper, editing]);
}

const inTextField = (t: EventTarget) => t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;

export function usePictureEditor(scenario: SimScenario, apply: (next: SimScenario) => void): PictureEditor {
  const [editing, setEditingState] = useState(false);
  const [picked, setSelected] = useState<string | null>(null);
  const [connecting, setConnecting] = useState(false);
  const [renaming, setRenaming] = useState<Renaming | null>(null);
  // The latest rename, for a commit that resolves after the module loads or that follows a keystroke.
  const renamingNow = useRef(renaming);
  renamingNow.current = renaming;
  const [message, setMessage] = useState('');
  const selected = picked && scenario.nodes.some((n) => n.id === picked) ? picked : null;
  const dragFrom = useRef<string | null>(null);
  // A drag ends with a click on the drawing behind both components: not a click on empty space.
  const dragged = useRef(false);

  const show = (edit: PictureEdit & { id?: string }) => {
    if (!edit.ok) return setMessage(edit.error);
    apply(edit.scenario);
    setMessage(edit.said);
    if (edit.id) setSelected(edit.id);
  };
  const run = (make: MakeEdit) => {
    if (editsModule) show(make(editsModule));
    else void loadEdits().then((m) => show(make(m)));
  };
  const startRename = (id: string) => {
    const node = scenario.nodes.find((n) => n.id === id);
    if (!node) return;
    setSelected(id);
    setRenaming({ id, text: node.label, error: null });
  };
  const commitRename = async (): Promise<boolean> => {
    const edits = await withEdits();
    const now = renamingNow.current;
    if (!now) return true;
    const node = scenario.nodes.find((n) => n.id === now.id);
    // Unchanged (or the component is gone): close without an entry in the history.
    if (!node || now.text.trim() === node.label) {
      setRenaming(null);
      return true;
    }
    const edit = edits.renameComponent(scenario, now.id, now.text);
    if (!edit.ok) {
      setRenaming({ ...now, error: edit.error });
      return false;
    }
    setRenaming(null);
    show(edit);
    // Names need not be unique (ids are), but two alike make the picture and the explanations ambiguous.
    const name = now.text.trim();
    if (scenario.nodes.some((n) => n.id !== now.id && n.label === name)) setMessage(`${edit.said} Another component is also named ${name}: the explanations will not tell them apart.`);
    return true;
  };
  const setEditing = (on: boolean) => {
    if (on) void Promise.all([loadEdits(), loadRenameInPlace(), loadRenameField()]);
    setEditingState(on);
    setConnecting(false);
    setRenaming(null);
    setMessage(on ? 'Edit mode: click a component to select it, or empty space to add one.' : '');
  };
  const onNode = (id: string) => {
    if (connecting && selected) {
      setConnecting(false);
      run((m) => m.addDependency(scenario, selected, id));
      return;
    }
    setSelected(id);
    setMessage(`Selected ${scenario.nodes.find((n) => n.id === id)?.label ?? id}.`);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!editing || inTextField(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key;
    if (key === 'n' || key === 'N') run((m) => m.addComponent(scenario));
    else if (key === 'Escape') {
      setConnecting(false);
      setMessage('');
    } else if (!selected) return;
    else if (key === 'Delete' || key === 'Backspace') run((m) => m.removeComponent(scenario, selected));
    else if (key === 'F2') startRename(selected);
    else if (key === 'd' || key === 'D') {
      setConnecting(true);
      setMessage('Now click or press Enter on the component it depends on (Escape cancels).');
    } else return;
    e.preventDefault();
  };
  return {
    editing,
    setEditing,
    selected,
    onNode,
    onBackgroundClick: () => {
      if (dragged.current) dragged.current = false;
      else run((m) => m.addComponent(scenario));
    },
    onPointerDown: (e: PointerEvent) => {
      dragFrom.current = editing ? nodeAt(e.target) : null;
      dragged.current = false;
    },
    onPointerUp: (e: PointerEvent) => {
      const from = dragFrom.current;
      dragFrom.current = null;
      const to = nodeAt(e.target);
      if (!editing || !from || !to || from === to) return;
      dragged.current = true;
      setSelected(from);
      run((m) => m.addDependency(scenario, from, to));
    },
    onKeyDown,
    onDoubleClick: (e: MouseEvent) => {
      const id = editing ? (e.target as Element).closest('[data-node]')?.getAttribute('data-node') : null;
      if (id) startRename(id);
    },
    bar: {
      scenario,
      selected,
      connecting,
      renaming,
      message,
      run,
      setConnecting,
      startRename,
      setRenameText: (text) => setRenaming((r) => (r ? { ...r, text, error: null } : r)),
      commitRename,
      cancelRename: () => setRenaming(null),
    },
  };
}

/** Where the editing is shown: on the SVG drawing, or in the table view (TableEdits.tsx). */
export type EditPlace = 'picture' | 'table';

/** The Edit toggle: in the row of view buttons, so it costs the first screen no height. */
export function PictureEditToggle({ editor, where = 'picture' }: { editor: PictureEditor; where?: EditPlace }) {
  const { editing, setEditing } = editor;
  return (
    <button type="button" aria-pressed={editing} onClick={() => setEditing(!editing)} data-testid="sim-picture-edit">
      {where === 'table' ? 'Edit in the table' : 'Edit on the picture'}
    </button>
  );
}

/** In edit mode, the keys: above the drawing, the same height whatever is selected. */
export function PictureEditHint({ editor, where = 'picture' }: { editor: PictureEditor; where?: EditPlace }) {
  if (!editor.editing) return null;
  if (where === 'table')
    return (
      <p className="sim-hint sim-picture-edit no-print" data-testid="sim-picture-hint">
        Rename or remove a component with the buttons in its row (a rename saves with Enter or on leaving the field; Escape cancels), or add one below the table. Undo takes back any edit. The picture (Graph) also lets you draw dependencies.
      </p>
    );
  return (
    <p className="sim-hint sim-picture-edit no-print" data-testid="sim-picture-hint">
      Click empty space or press N to add a component. Drag from one component to another: the one you drag from depends on the one you drop on. Select a component (click, or Tab and Enter), then: D and another component adds a dependency (the selected one depends on the other), Delete or Backspace removes it, F2 or a double-click renames it in place (Enter or leaving the field saves, Escape cancels).
    </p>
  );
}

/** In edit mode, below the drawing (so the picture does not move as it changes): the tools for the selection and what the last edit did. */
export function PictureEditBar({ editor, where = 'picture' }: { editor: PictureEditor; where?: EditPlace }) {
  const { editing, bar } = editor;
  const { scenario, selected, connecting, renaming, message, run, setConnecting, startRename } = bar;
  const renamed = renaming && scenario.nodes.find((n) => n.id === renaming.id);
  const node = scenario.nodes.find((n) => n.id === selected);
  const nameOf = (id: string) => scenario.nodes.find((n) => n.id === id)?.label ?? id;
  if (!editing) return null;
  return (
    <div className="sim-views no-print" role="group" aria-label={where === 'table' ? 'Edit the scenario' : 'Edit the selected component'}>
      <button type="button" onClick={() => run((m) => m.addComponent(scenario))}>
        Add a component
      </button>
      {node && where === 'picture' && (
        <>
          <span>Selected: {node.label}</span>
          <button type="button" aria-pressed={connecting} onClick={() => setConnecting(!connecting)}>
            {node.label} depends on…
          </button>
          <button type="button" onClick={() => startRename(node.id)}>
            Rename
          </button>
          <button type="button" onClick={() => run((m) => m.removeComponent(scenario, node.id))}>
            Remove {node.label}
          </button>
          {scenario.edges
            .filter((e) => e.from === node.id)
            .map((e) => (
              <button key={e.to} type="button" onClick={() => run((m) => m.removeDependency(scenario, e.from, e.to))}>
                Remove the dependency on {nameOf(e.to)}
              </button>
            ))}
        </>
      )}
      {renaming && renamed && where === 'picture' && (
        <Suspense fallback={null}>
          <RenameInPlace
            key={renaming.id}
            id={renaming.id}
            label={renamed.label}
            text={renaming.text}
            error={renaming.error}
            onText={bar.setRenameText}
            onCommit={bar.commitRename}
            onCancel={bar.cancelRename}
          />
        </Suspense>
      )}
      <p className="sim-hint" aria-live="polite" data-testid="sim-picture-status">
        {message}
      </p>
    </div>
  );
}
