/**
 * Import, export and share: a graph from a file or pasted text in any format the engine reads
 * (ImportGraph), the scenario as JSON and for other tools (ExportGraph: DOT, Mermaid, GraphML, CSV), the
 * graph as an SVG or PNG picture, and a link to what is on screen. The whole panel and each format's
 * parser load on first use, so none of it is in the simulator's first download.
 */
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { SimScenario } from '../simulation.ts';
import { ExportGraph } from './ExportGraph.tsx';
import { ImportGraph } from './ImportGraph.tsx';
import { canvasPng, downloadData, fileNameFor, standaloneSvg, svgToPng } from './picture-export.ts';
import { formatCount } from '../simulator-fields.ts';
import { MAX_MODEL_IN_LINK, modelForLink } from '../link-model.ts';

interface Props {
  scenario: SimScenario;
  rootRef: RefObject<HTMLDivElement | null>;
  onImport: (next: SimScenario) => void;
  embedded?: boolean;
}

/** The read-only JSON box shows at most this much; the download always has everything. */
const PREVIEW_CHARS = 200_000;
/** Up to this many components and dependencies together, the JSON is written and shown as soon as the panel renders. */
const SHOWN_AT_ONCE = 5_000;

/** The import/export panel's contents; the simulator shows them in a panel that loads them on first opening. */
export default function ImportExport({ scenario, rootRef, onImport, embedded = false }: Props) {
  return (
    <div className="sim-io-body">
      <ImportGraph onImport={onImport} rootRef={rootRef} />
      <ExportJson scenario={scenario} />
      <ExportGraph scenario={scenario} />
      <ExportPicture scenario={scenario} rootRef={rootRef} />
      {!embedded && <ShareLink scenario={scenario} />}
    </div>
  );
}

function ExportJson({ scenario }: { scenario: SimScenario }) {
  const id = useId();
  // A large scenario's text is made only when asked for: on a 20,000-node import, writing its 9 MB of JSON
  // and a link to download it cost over half a second, before the graph was first drawn.
  const large = scenario.nodes.length + scenario.edges.length > SHOWN_AT_ONCE;
  const [asked, setAsked] = useState<SimScenario | null>(null);
  const json = useMemo(() => (!large || asked === scenario ? toJson(scenario) : null), [scenario, large, asked]);
  return (
    <section className="sim-io-section" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} className="sim-subhead">
        Export the scenario
      </h4>
      <p>
        <DownloadJson scenario={scenario} json={json} />{' '}
        <span className="sim-muted">
          {formatCount(scenario.nodes.length)} components, {formatCount(scenario.edges.length)} dependencies; load it again above, or edit it in any text editor.
        </span>
      </p>
      {json === null ? (
        <p className="sim-actions">
          <button type="button" onClick={() => setAsked(scenario)} data-testid="sim-export-json-show">
            Show the JSON
          </button>
          <span className="sim-field-hint">A scenario this large is shown on request; the download always has all of it.</span>
        </p>
      ) : (
        <JsonPreview id={id} json={json} />
      )}
    </section>
  );
}

const toJson = (scenario: SimScenario) => JSON.stringify(scenario, null, 2);

/** Writes the file when pressed (the text is made then if it was not shown). */
function DownloadJson({ scenario, json, testId = 'sim-export-json' }: { scenario: SimScenario; json?: string | null; testId?: string }) {
  return (
    <button type="button" onClick={() => downloadData({ text: json ?? toJson(scenario), mime: 'application/json' }, fileNameFor(scenario.id, 'json'))} data-testid={testId}>
      Download JSON
    </button>
  );
}

function JsonPreview({ id, json }: { id: string; json: string }) {
  const preview = json.length > PREVIEW_CHARS ? json.slice(0, PREVIEW_CHARS) : json;
  return (
    <div className="sim-field sim-field-wide">
      <label htmlFor={`${id}-json`}>Scenario JSON (read only)</label>
      <textarea id={`${id}-json`} readOnly value={preview} rows={8} spellCheck={false} data-testid="sim-export-text" aria-describedby={preview !== json ? `${id}-cut` : undefined} />
      {preview !== json && (
        <span id={`${id}-cut`} className="sim-field-hint">
          Showing the first {formatCount(PREVIEW_CHARS)} of {formatCount(json.length)} characters; the download has all of it.
        </span>
      )}
    </div>
  );
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

/** Whether the scenario fits in a share link: null until known (the encoding waits for an idle moment). */
function useFitsInLink(scenario: SimScenario): boolean | null {
  const [known, setKnown] = useState<{ scenario: SimScenario; fits: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    void modelForLink(scenario).then((model) => live && setKnown({ scenario, fits: model !== null }));
    return () => {
      live = false;
    };
  }, [scenario]);
  return known?.scenario === scenario ? known.fits : null;
}

function ShareLink({ scenario }: { scenario: SimScenario }) {
  const id = useId();
  const [state, setState] = useState<{ kind: 'copied' | 'manual'; url: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const fits = useFitsInLink(scenario);
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
      {fits === false ? (
        <div className="sim-alert" data-testid="sim-share-too-large">
          <p>
            This scenario is too large to share as a link: compressed, it would still be longer than the {formatCount(MAX_MODEL_IN_LINK)} characters a link can safely carry,
            so a link would open the simulator without it. Download it as a file instead and send that; whoever receives it opens the simulator and loads the file under
            “Import a graph” above.
          </p>
          <p>
            <DownloadJson scenario={scenario} testId="sim-share-download" />
          </p>
        </div>
      ) : (
        <>
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
        </>
      )}
      {fits !== false && <p className="sim-field-hint">The link opens the simulator with this scenario, the components you failed, the mitigations and the wave on screen.</p>}
    </section>
  );
}
