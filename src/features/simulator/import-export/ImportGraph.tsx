/**
 * Import a dependency graph in any format the engine reads (scenario JSON, Jaeger dependencies, Backstage
 * catalog YAML, Graphviz DOT, Mermaid flowchart, CSV edge list, GraphML): from a file chosen or dropped,
 * or pasted text. The format is detected from the text (the reader can override it), the arrow direction
 * can be flipped where the format leaves it open, warnings (what was guessed or dropped) are listed beside
 * the result, and a failure lists every problem at its line and column, with a button that puts the caret
 * there. What was typed is never replaced by anything but a file the reader chose.
 */
import { useId, useMemo, useRef, useState, type DragEvent, type RefObject } from 'react';
import {
  DIRECTED_AMBIGUOUS,
  FORMAT_NAMES,
  FORMAT_TITLES,
  detectFormat,
  importScenario,
  type Direction,
  type FormatName,
  type ImportResult,
} from '../../../engine/contagion/formats/index.ts';
import { CheckField, SelectField } from '../fields.tsx';
import type { SimScenario } from '../simulation.ts';
import { formatCount } from '../simulator-fields.ts';
import { describeImportError, offsetAt, type ImportProblem } from './import-problems.ts';
import { startImportTiming } from './import-timing.ts';

/** Larger files are refused before reading (a 20,000-node, 100,000-edge graph is 4 to 12 MB depending on the format). */
const MAX_FILE_BYTES = 40_000_000;

/**
 * A file longer than this is read, but its text is not put in the box: Chromium takes about 25 s to lay out
 * a 9 MB textarea (the 20,000-node scenario JSON), far more than the import itself. Load still reads it.
 */
const MAX_SHOWN_CHARS = 1_000_000;

/** What the file picker offers first; any file can still be chosen, and its content decides. */
const ACCEPT = '.json,.yaml,.yml,.gv,.dot,.mmd,.mermaid,.md,.csv,.tsv,.txt,.graphml,.xml,application/json,text/csv,text/plain';

const FORMAT_OPTIONS = [{ value: 'auto', label: 'Detect from the text' }, ...FORMAT_NAMES.map((f) => ({ value: f, label: FORMAT_TITLES[f] }))];

const DIRECTION_TEXT: Record<Direction, string> = {
  'from-depends-on-to': 'A → B means A depends on B (call, package and build graphs)',
  'to-depends-on-from': 'A → B means B depends on A (data flow, "feeds into")',
};

type Outcome = Pick<ImportResult, 'format' | 'warnings' | 'groups'> & { summary: string };

export function ImportGraph({ onImport, rootRef }: { onImport: (next: SimScenario) => void; rootRef?: RefObject<HTMLElement | null> }) {
  const id = useId();
  const [text, setText] = useState('');
  /** the file the text came from, while it is unchanged */
  const [source, setSource] = useState<{ name: string; text: string; hidden: boolean } | null>(null);
  const [chosenFormat, setChosenFormat] = useState<'auto' | FormatName>('auto');
  const [direction, setDirection] = useState<Direction>('from-depends-on-to');
  const [groupsAsDomains, setGroupsAsDomains] = useState(false);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  /** a large file's text, kept out of the box until the reader types there */
  const hiddenFile = source?.hidden && text === '' ? source : null;
  /** what Load reads */
  const input = hiddenFile ? hiddenFile.text : text;
  // Detection reads only the first 8 KB, so it is cheap enough to run on every keystroke.
  const detected = useMemo(() => (input.trim() === '' ? null : detectFormat(input)), [input]);
  const format = chosenFormat === 'auto' ? detected : chosenFormat;
  const ambiguous = format !== null && DIRECTED_AMBIGUOUS.includes(format);
  const fileName = hiddenFile ? hiddenFile.name : source && source.text === text ? source.name : undefined;

  /** `startedAt`: when the reader asked (a file's reading counts towards the import-to-draw figure) */
  const load = async (raw: string, name: string | undefined, startedAt = performance.now()) => {
    if (raw.trim() === '') {
      setProblem({ head: 'Paste a graph or choose a file, then press Load.', issues: [] });
      return;
    }
    setBusy(true);
    setStatus('Reading…');
    try {
      const as = chosenFormat === 'auto' ? undefined : chosenFormat;
      const effective = as ?? detectFormat(raw);
      const options = {
        ...(effective && DIRECTED_AMBIGUOUS.includes(effective) ? { direction } : {}),
        ...(groupsAsDomains ? { groups: 'dependencies' as const } : {}),
        ...(name ? { fileName: name } : {}),
      };
      const result = await importScenario(raw, as, options);
      const { scenario } = result;
      const summary = `Loaded ${name ?? 'the pasted text'} as ${FORMAT_TITLES[result.format]}: ${formatCount(scenario.nodes.length)} components, ${formatCount(scenario.edges.length)} dependencies.`;
      setProblem(null);
      setOutcome({ format: result.format, warnings: result.warnings, groups: result.groups, summary });
      setStatus(summary);
      startImportTiming(rootRef?.current ?? null, startedAt, scenario.nodes.length);
      onImport(scenario as SimScenario);
    } catch (error) {
      setStatus('');
      setOutcome(null);
      setProblem(describeImportError(error));
    } finally {
      setBusy(false);
    }
  };

  const readFile = async (file: File) => {
    const startedAt = performance.now();
    if (file.size > MAX_FILE_BYTES) {
      setProblem({ head: `${file.name} is ${formatCount(Math.round(file.size / 1_000_000))} MB; files up to ${MAX_FILE_BYTES / 1_000_000} MB can be loaded.`, issues: [] });
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch (error) {
      setProblem({ head: `${file.name} could not be read: ${(error as Error).message}`, issues: [] });
      return;
    }
    const hidden = content.length > MAX_SHOWN_CHARS;
    setText(hidden ? '' : content);
    setSource({ name: file.name, text: content, hidden });
    await load(content, file.name, startedAt);
  };

  const goTo = (line: number, column: number) => {
    const box = textRef.current;
    if (!box) return;
    const at = offsetAt(box.value, line, column);
    box.focus();
    box.setSelectionRange(at, Math.min(at + 1, box.value.length));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  return (
    <section className="sim-io-section" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} className="sim-subhead">
        Import a graph
      </h4>
      <p className="sim-muted">
        Bring the dependency graph you already have: scenario JSON (as exported here), Jaeger's service dependencies (<code>/api/dependencies</code>), a Backstage catalog (YAML), Graphviz DOT, a
        Mermaid flowchart, a CSV edge list (<code>from,to[,weight][,kind]</code>) or GraphML (Gephi, yEd). Components get a type from their names where it is obvious, and every rule starts as
        “fails when any dependency fails”; change them under “Build your own”.
      </p>
      <div
        className={`sim-drop${dragging ? ' is-dragging' : ''}`}
        data-testid="sim-import-drop"
        onDragOver={(e) => {
          if (![...e.dataTransfer.types].includes('Files')) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="sim-field sim-field-wide">
          <label htmlFor={`${id}-file`}>Choose a file, or drop one here</label>
          <input
            id={`${id}-file`}
            type="file"
            accept={ACCEPT}
            data-testid="sim-import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void readFile(file);
            }}
          />
        </div>
        <div className="sim-field sim-field-wide">
          <label htmlFor={`${id}-paste`}>Or paste it</label>
          <textarea
            ref={textRef}
            id={`${id}-paste`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={8}
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-error` : undefined}
            data-testid="sim-import-text"
          />
          {hiddenFile && (
            <p className="sim-muted" data-testid="sim-import-hidden-note">
              {hiddenFile.name} ({formatCount(Math.round(hiddenFile.text.length / 100_000) / 10)} million characters) is too long to show here; Load reads it from the file. Typing
              in the box replaces it.
            </p>
          )}
          {problem && (
            <div id={`${id}-error`} className="sim-alert" role="alert" data-testid="sim-import-error">
              <p>{problem.head}</p>
              {problem.issues.length > 0 && (
                <ul>
                  {problem.issues.map((issue, i) => (
                    <li key={i}>
                      {issue.line !== undefined && issue.column !== undefined && (
                        <>
                          <button type="button" className="sim-link-button" onClick={() => goTo(issue.line!, issue.column!)} data-testid="sim-import-goto">
                            Line {issue.line}, column {issue.column}
                          </button>
                          :{' '}
                        </>
                      )}
                      {issue.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      </div>
      <SelectField
        label="Format"
        value={chosenFormat}
        onChange={(v) => setChosenFormat(v as 'auto' | FormatName)}
        options={FORMAT_OPTIONS}
        testId="sim-import-format"
        note={chosenFormat === 'auto' && text.trim() !== '' ? (detected ? `Looks like ${FORMAT_TITLES[detected]}.` : 'Not recognised: choose the format.') : undefined}
      />
      {ambiguous && (
        <fieldset className="sim-fieldset" data-testid="sim-import-direction">
          <legend>Which way do the arrows point?</legend>
          {(Object.keys(DIRECTION_TEXT) as Direction[]).map((d) => (
            <div className="sim-field sim-field-check" key={d}>
              <label>
                <input type="radio" name={`${id}-direction`} value={d} checked={direction === d} onChange={() => setDirection(d)} /> {DIRECTION_TEXT[d]}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <CheckField
        label="Make each cluster, subgraph, group or Backstage system a shared failure domain its members depend on"
        checked={groupsAsDomains}
        onChange={setGroupsAsDomains}
        testId="sim-import-groups"
      />
      <div className="sim-actions">
        <button type="button" onClick={() => void load(input, fileName)} disabled={busy} data-testid="sim-import-load">
          Load
        </button>
        <span role="status" className="sim-muted" data-testid="sim-import-status">
          {status}
        </span>
      </div>
      {outcome && (outcome.warnings.length > 0 || outcome.groups.length > 0) && (
        <div className="sim-import-notes" data-testid="sim-import-warnings">
          {outcome.warnings.length > 0 && <p>What the import guessed or left out ({outcome.warnings.length}):</p>}
          {outcome.warnings.length > 0 && (
            <ul>
              {outcome.warnings.map((w, i) => (
                <li key={i} data-code={w.code}>
                  {w.line !== undefined ? `Line ${w.line}${w.column !== undefined ? `, column ${w.column}` : ''}: ` : ''}
                  {w.message}
                </li>
              ))}
            </ul>
          )}
          {outcome.groups.length > 0 && (
            <p>
              Groups found ({outcome.groups.length}): {outcome.groups.slice(0, 12).map((g) => `${g.label} (${formatCount(g.members.length)})`).join(', ')}
              {outcome.groups.length > 12 ? '…' : ''}
              {groupsAsDomains ? ', each a failure domain its members depend on.' : '. Tick the box above and load again to make each a shared failure domain.'}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
