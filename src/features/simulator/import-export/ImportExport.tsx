/**
 * Import, export and share: the scenario as JSON (download, or read and copy it), loading a scenario
 * from a file or pasted JSON (validated by the scenario-file parser, loaded on first use so zod stays
 * out of the initial bundle), the graph as an SVG or PNG picture, and a link to what is on screen.
 */
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { ScenarioError } from '../../../engine/contagion/index.ts';
import type { SimScenario } from '../simulation.ts';
import { canvasPng, downloadData, fileNameFor, standaloneSvg, svgToPng, textDataUrl } from './picture-export.ts';
import { formatCount } from '../simulator-fields.ts';

interface Props {
  scenario: SimScenario;
  rootRef: RefObject<HTMLDivElement | null>;
  onImport: (next: SimScenario) => void;
  embedded?: boolean;
}

/** Larger files are refused before reading (a 20,000-node scenario is about 4 MB). */
const MAX_FILE_BYTES = 25_000_000;
/** The read-only JSON box shows at most this much; the download always has everything. */
const PREVIEW_CHARS = 200_000;

/** The import/export panel's contents; the simulator shows them in a panel that loads them on first opening. */
export default function ImportExport({ scenario, rootRef, onImport, embedded = false }: Props) {
  return (
    <div className="sim-io-body">
      <ExportJson scenario={scenario} />
      <ImportJson onImport={onImport} />
      <ExportPicture scenario={scenario} rootRef={rootRef} />
      {!embedded && <ShareLink />}
    </div>
  );
}

function ExportJson({ scenario }: { scenario: SimScenario }) {
  const id = useId();
  const json = useMemo(() => JSON.stringify(scenario, null, 2), [scenario]);
  const dataUrl = useMemo(() => textDataUrl(json, 'application/json'), [json]);
  // Too long for a data: URL: a blob: URL, made after rendering and revoked when it changes.
  const [blobUrl, setBlobUrl] = useState<string | null>(null);
  useEffect(() => {
    if (dataUrl) return;
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    setBlobUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [dataUrl, json]);
  const href = dataUrl ?? blobUrl ?? undefined;
  const preview = json.length > PREVIEW_CHARS ? json.slice(0, PREVIEW_CHARS) : json;
  return (
    <section className="sim-io-section" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} className="sim-subhead">
        Export the scenario
      </h4>
      <p>
        <a className="sim-button-link" href={href} download={fileNameFor(scenario.id, 'json')} data-testid="sim-export-json">
          Download JSON
        </a>{' '}
        <span className="sim-muted">
          {formatCount(scenario.nodes.length)} components, {formatCount(scenario.edges.length)} dependencies; load it again below, or edit it in any text editor.
        </span>
      </p>
      <div className="sim-field sim-field-wide">
        <label htmlFor={`${id}-json`}>Scenario JSON (read only)</label>
        <textarea id={`${id}-json`} readOnly value={preview} rows={8} spellCheck={false} data-testid="sim-export-text" aria-describedby={preview !== json ? `${id}-cut` : undefined} />
        {preview !== json && (
          <span id={`${id}-cut`} className="sim-field-hint">
            Showing the first {formatCount(PREVIEW_CHARS)} of {formatCount(json.length)} characters; the download has all of it.
          </span>
        )}
      </div>
    </section>
  );
}

function ImportJson({ onImport }: { onImport: (next: SimScenario) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  /** the file the text came from, while it is unchanged */
  const [source, setSource] = useState<{ name: string; text: string } | null>(null);
  const [problem, setProblem] = useState<{ head: string; issues: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  const load = async (raw: string, name: string) => {
    if (raw.trim() === '') {
      setProblem({ head: 'Paste a scenario as JSON, or choose a file, then press Load.', issues: [] });
      return;
    }
    setBusy(true);
    setStatus('Checking…');
    try {
      const { parseScenarioFile } = await import('../../../engine/contagion/schema.ts');
      const parsed = parseScenarioFile(raw, name, { userImport: true });
      setProblem(null);
      setStatus(`Loaded ${parsed.title ?? name}: ${formatCount(parsed.nodes.length)} components.`);
      onImport(parsed);
    } catch (error) {
      setStatus('');
      setProblem(describe(error));
    } finally {
      setBusy(false);
    }
  };

  const fileName = source && source.text === text ? source.name : 'the pasted JSON';

  return (
    <section className="sim-io-section" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} className="sim-subhead">
        Import a scenario
      </h4>
      <p className="sim-muted">
        The same format as the scenarios here: <code>nodes</code>, <code>edges</code> and a <code>trigger</code>; a title, story, sources and mitigations are optional.
        Every field is checked, and a problem is reported with the field it is in.
      </p>
      <div className="sim-field sim-field-wide">
        <label htmlFor={`${id}-file`}>Choose a JSON file</label>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          data-testid="sim-import-file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
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
            setText(content);
            setSource({ name: file.name, text: content });
            await load(content, file.name);
          }}
        />
      </div>
      <div className="sim-field sim-field-wide">
        <label htmlFor={`${id}-paste`}>Or paste scenario JSON</label>
        <textarea
          id={`${id}-paste`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={8}
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          data-testid="sim-import-text"
        />
        {problem && (
          <div id={`${id}-error`} className="sim-alert" role="alert" data-testid="sim-import-error">
            <p>{problem.head}</p>
            {problem.issues.length > 0 && (
              <ul>
                {problem.issues.map((issue, i) => (
                  <li key={i}>{issue}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <div className="sim-actions">
        <button type="button" onClick={() => void load(text, fileName)} disabled={busy} data-testid="sim-import-load">
          Load
        </button>
        <span role="status" className="sim-muted" data-testid="sim-import-status">
          {status}
        </span>
      </div>
    </section>
  );
}

/** The error of a failed import as a heading and one line per problem (with its field). */
function describe(error: unknown): { head: string; issues: string[] } {
  if (error instanceof ScenarioError) {
    const lines = error.message.split('\n');
    if (error.issues.length <= 1) return { head: lines[0] ?? error.message, issues: lines.slice(1) };
    return { head: `${lines[0]}:`, issues: error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)) };
  }
  return { head: `The scenario could not be loaded: ${error instanceof Error ? error.message : String(error)}`, issues: [] };
}

function ExportPicture({ scenario, rootRef }: { scenario: SimScenario; rootRef: RefObject<HTMLDivElement | null> }) {
  const id = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const find = () => {
    const root = rootRef.current;
    return { svg: root?.querySelector<SVGSVGElement>('svg[data-graph-svg]') ?? null, canvas: root?.querySelector<HTMLCanvasElement>('canvas[data-graph-canvas]') ?? null };
  };
  const noGraph = { text: 'No graph is on screen: switch to the Graph view first.', error: true };

  const exportSvg = () => {
    const { svg, canvas } = find();
    if (!svg) {
      setMessage(
        canvas
          ? { text: 'SVG export is not available for graphs drawn on a canvas (more than 1,500 components): use Download PNG instead.', error: true }
          : noGraph,
      );
      return;
    }
    try {
      const out = standaloneSvg(svg);
      downloadData({ text: out.text, mime: 'image/svg+xml' }, fileNameFor(scenario.id, 'svg'));
      setMessage({ text: `Downloaded ${fileNameFor(scenario.id, 'svg')}.`, error: false });
    } catch (error) {
      setMessage({ text: `The SVG could not be made: ${(error as Error).message}`, error: true });
    }
  };

  const exportPng = async () => {
    const { svg, canvas } = find();
    if (!svg && !canvas) {
      setMessage(noGraph);
      return;
    }
    setBusy(true);
    try {
      if (canvas) {
        downloadData(await canvasPng(canvas), fileNameFor(scenario.id, 'png'));
        setMessage({ text: `Downloaded ${fileNameFor(scenario.id, 'png')} (the view as shown).`, error: false });
      } else if (svg) {
        const picture = await svgToPng(standaloneSvg(svg));
        downloadData(picture, fileNameFor(scenario.id, 'png'));
        setMessage({ text: `Downloaded ${fileNameFor(scenario.id, 'png')}${picture.scale < 2 ? ` (scaled to fit: ${picture.scale.toFixed(2)}×)` : ' (at 2×)'}.`, error: false });
      }
    } catch (error) {
      setMessage({ text: `The PNG could not be made: ${(error as Error).message || 'the browser refused to draw the picture'}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sim-io-section" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} className="sim-subhead">
        Export a picture of the graph
      </h4>
      <div className="sim-actions">
        <button type="button" onClick={exportSvg} data-testid="sim-export-svg">
          Download SVG
        </button>
        <button type="button" onClick={() => void exportPng()} disabled={busy} data-testid="sim-export-png">
          Download PNG
        </button>
      </div>
      <p className="sim-field-hint">The whole graph in its current state. Large graphs drawn on a canvas export as PNG only, as currently zoomed.</p>
      <p className={message?.error ? 'sim-field-error' : 'sim-muted'} role="status" data-testid="sim-export-status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}

function ShareLink() {
  const id = useId();
  const [state, setState] = useState<{ kind: 'copied' | 'manual'; url: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state?.kind === 'manual') {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }, [state]);
  return (
    <section className="sim-io-section" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} className="sim-subhead">
        Share
      </h4>
      <div className="sim-actions">
        <button
          type="button"
          data-testid="sim-copy-link"
          onClick={async () => {
            const url = location.href;
            try {
              if (!navigator.clipboard) throw new Error('no clipboard');
              await navigator.clipboard.writeText(url);
              setState({ kind: 'copied', url });
            } catch {
              setState({ kind: 'manual', url });
            }
          }}
        >
          Copy share link
        </button>
        <span role="status" data-testid="sim-copy-status">
          {state?.kind === 'copied' ? 'Copied' : state?.kind === 'manual' ? 'Copying was not allowed: the link is selected below, press Ctrl+C (or ⌘C) to copy it.' : ''}
        </span>
      </div>
      {state?.kind === 'manual' && (
        <div className="sim-field sim-field-wide">
          <label htmlFor={`${id}-url`}>Share link</label>
          <input ref={inputRef} id={`${id}-url`} type="text" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} data-testid="sim-share-url" />
        </div>
      )}
      <p className="sim-field-hint">The link opens the simulator with this scenario, the components you failed, the mitigations and the wave on screen.</p>
    </section>
  );
}
