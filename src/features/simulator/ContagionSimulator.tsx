/**
 * The contagion simulator island: pick a scenario, fail components, play the cascade wave by wave,
 * read why each component failed, switch on mitigations and compare, rank components by blast
 * radius, run a Monte Carlo, edit, import, export and share. The reader's choices are one reducer
 * (simulator-state.ts); everything shown is derived from them by simulation.ts over the engine.
 */
import { lazy, Suspense, useCallback, useId, useMemo, useReducer, useRef, useState } from 'react';
import { blastRadius } from '../../engine/contagion/index.ts';
import { Notices } from '../shared/Notices.tsx';
import { BlastRadiusTable } from './BlastRadiusTable.tsx';
import { GraphSvg } from './graph/GraphSvg.tsx';
import { UndoRedo } from './history/UndoRedo.tsx';
import { PictureEditBar, PictureEditHint, PictureEditToggle, useNoPanFromNodes, usePictureEditor } from './editor/PictureEditor.tsx';
import { tableEditing } from './editor/TableEdits.tsx';
import { Legend } from './graph/Legend.tsx';
import { NodeTable } from './graph/NodeTable.tsx';
import type { Drawing } from './layout/drawing.ts';
import { isGradedNode } from './layout/graded.ts';
import { useLayout } from './layout/use-layout.ts';
import { useNarrow } from './layout/use-narrow.ts';
import { LazyPanel } from './LazyPanel.tsx';
import { fetchPreset, type CatalogueEntry, type LoadedPreset } from './preset-catalogue.ts';
import { MitigationsPanel } from './MitigationsPanel.tsx';
import { typeColours } from './node-appearance.ts';
import { OutcomePanel } from './OutcomePanel.tsx';
import { PlaybackControls } from './PlaybackControls.tsx';
import { evidenceOf } from './evidence.ts';
import { compareWithIncident } from './outcome-statements.ts';
import { cascadeOn, compare, prepare, statusAtStep, type SimScenario } from './simulation.ts';
import { initialState, simulatorReducer } from './simulator-state.ts';
import { useClickToWave } from './use-click-to-wave.ts';
import { usePlayback } from './use-playback.ts';
import { useShareState } from './use-share-state.ts';

// Loaded on first use, to keep the first download small (see LazyPanel).
const loadMonteCarlo = () => import('./monte-carlo/MonteCarloPanel.tsx');
const loadEditor = () => import('./editor/ScenarioEditor.tsx');
const loadAvailability = () => import('./availability/AvailabilityPanel.tsx');
const loadImportExport = () => import('./import-export/ImportExport.tsx');
const GraphCanvas = lazy(() => import('./graph/GraphCanvas.tsx').then((m) => ({ default: m.GraphCanvas })));

export interface ContagionSimulatorProps {
  /** the preset scenarios already here (validated at build time): the one shown first at least */
  presets: SimScenario[];
  /** every preset the reader can choose from, by id and title; the rest load when chosen (preset-catalogue.ts) */
  catalogue?: CatalogueEntry[];
  /** build-time drawings of the presets, by id (layout/preset-drawings.ts) */
  drawings?: Record<string, Drawing>;
  /** id of the scenario shown first */
  initial: string;
  /** nodes failed at the start; default: the scenario's real trigger */
  initialFailed?: string[];
  /** an embed in a glossary page: no scenario picker, no URL state, a link to the full tool */
  embedded?: boolean;
  /** address of the full simulator page */
  toolUrl?: string;
  /** where "How the model decides" is explained (default: that section of the tool page) */
  howUrl?: string;
}

/** Above this many nodes the graph is drawn on a canvas instead of as SVG elements. */
export const CANVAS_THRESHOLD = 1500;

export default function ContagionSimulator({ presets, catalogue, drawings, initial, initialFailed, embedded = false, toolUrl = '/tools/simulator/', howUrl = `${toolUrl}#how-to-read` }: ContagionSimulatorProps) {
  // useId, not a module counter: the server and the browser must agree on ids (Astro gives each island
  // its own prefix), or hydration leaves labels and SVG markers pointing at ids that do not exist.
  const uid = `sim${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const [loaded, setLoaded] = useState<ReadonlyMap<string, LoadedPreset>>(() => new Map(presets.map((p) => [p.id!, { scenario: p, drawing: drawings?.[p.id!] }])));
  const firstPreset = useMemo(() => presets.find((p) => p.id === initial) ?? presets[0]!, [presets, initial]);
  const choices = catalogue ?? presets.map((p) => ({ id: p.id!, title: p.title ?? p.id! }));
  const loadedRef = useRef(loaded);
  loadedRef.current = loaded;
  /** A preset by id, fetched on first use; null for an id the catalogue does not have. */
  const loadPreset = useCallback(
    async (id: string): Promise<SimScenario | null> => {
      const have = loadedRef.current.get(id);
      if (have) return have.scenario;
      if (!choices.some((c) => c.id === id)) return null;
      const got = await fetchPreset(toolUrl, id);
      setLoaded((m) => new Map(m).set(id, got));
      return got.scenario;
    },
    // the catalogue and address are fixed for the island's life
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [toolUrl],
  );
  const [state, dispatch] = useReducer(simulatorReducer, undefined, () => initialState(firstPreset, initialFailed));
  const { custom, failed, mitigations } = state;
  const file = custom ?? loaded.get(state.presetId)?.scenario ?? firstPreset;
  const rootRef = useRef<HTMLDivElement>(null);

  // Prepared once per scenario and mitigations, so a click reuses the layout and ranking (simulation.ts).
  const prepared = useMemo(() => prepare(file, mitigations), [file, mitigations]);
  const preparedBase = useMemo(() => (mitigations.length ? prepare(file, []) : prepared), [file, mitigations, prepared]);
  const result = useMemo(() => cascadeOn(prepared, failed), [prepared, failed]);
  const baseline = useMemo(() => (preparedBase === prepared ? result : cascadeOn(preparedBase, failed)), [preparedBase, prepared, failed, result]);
  const colours = useMemo(() => typeColours([...new Set(file.nodes.map((n) => n.type))]), [file]);
  const lastWave = Math.max(0, result.outcome.waves.length - 1);
  const shown = state.step === null ? lastWave : Math.min(state.step, lastWave);
  const finished = shown >= lastWave;
  const status = useMemo(() => statusAtStep(result, shown), [result, shown]);
  const evidence = useMemo(() => evidenceOf(file), [file]);
  const graded = useMemo(() => isGradedNode(evidence), [evidence]);
  // One layout for every combination of mitigations (layout/union-graph.ts): nothing moves when one is ticked.
  const narrow = useNarrow(rootRef);
  const layout = useLayout(file, result.scenario, custom ? undefined : loaded.get(file.id ?? '')?.drawing, narrow, graded);
  // The verdict compares the final state (the same map the graph shows at the last wave).
  const comparison = useMemo(() => compareWithIncident(file, result.outcome.status, failed, mitigations, (id) => result.labels.get(id) ?? id), [file, result, failed, mitigations]);
  const seeds = useMemo(() => new Set(failed), [failed]);
  const nodes = useMemo(
    () => result.scenario.nodes.map((n) => ({ id: n.id, label: n.label ?? n.id, type: n.type ?? 'untyped', layer: n.layer, grade: evidence.graded ? evidence.node(n.id) : undefined })),
    [result.scenario, evidence],
  );
  const gradedEdges = useMemo(() => result.scenario.edges.map((e) => ({ ...e, grade: evidence.graded ? evidence.edge(e.from, e.to) : undefined })), [result.scenario, evidence]);
  const unreported = useMemo(() => gradedEdges.filter((e) => e.grade !== undefined && e.grade !== 'reported').length, [gradedEdges]);
  const drawnEdges = useMemo(() => (state.showUnreported ? gradedEdges : gradedEdges.filter((e) => e.grade === undefined || e.grade === 'reported')), [gradedEdges, state.showUnreported]);
  const ranking = useMemo(() => blastRadius(result.graph), [result.graph]);
  const mitigationEffect = useMemo(() => compare(baseline, result), [baseline, result]);

  usePlayback({ playing: state.playing, step: state.step, shown, lastWave, speed: state.speed }, dispatch);
  const markClick = useClickToWave(rootRef);
  const shareUrl = useShareState(state, dispatch, { embedded, loadPreset, firstPreset, file, toolUrl });

  const toggle = useCallback(
    (id: string) => {
      markClick();
      dispatch({ type: 'toggle-failed', id });
    },
    [markClick],
  );
  const loadOwn = (scenario: SimScenario, notice?: string) => dispatch({ type: 'load-own', scenario, notice });
  const picture = usePictureEditor(file, (next) => loadOwn(next));
  const pictureRef = useRef<HTMLDivElement>(null);
  useNoPanFromNodes(pictureRef, picture.editing);
  const graphProps = { layout, nodes, edges: drawnEdges, status, seeds, colours, onToggle: toggle, resetKey: state.resetKey };
  const editingProps = picture.editing ? { onToggle: picture.onNode, editing: { selected: picture.selected, onBackgroundClick: picture.onBackgroundClick } } : {};
  const title = `Dependency graph of ${file.title ?? 'your scenario'}`;
  // The one view the picture editor works in: the single SVG drawing.
  const svgView = state.view === 'graph' && !(state.compare && mitigations.length > 0) && nodes.length <= CANVAS_THRESHOLD;

  return (
    <div className="sim" ref={rootRef} data-scenario={file.id} data-step={shown} data-last-wave={lastWave} data-ready="">
      {!embedded && (
        <div className="sim-pick">
          {choices.length > 1 && (
          <>
          <label htmlFor={`${uid}-scenario`}>Scenario</label>
          <select
            id={`${uid}-scenario`}
            value={custom ? '__custom' : state.presetId}
            onChange={(e) => {
              loadPreset(e.target.value).then(
                (preset) => preset && dispatch({ type: 'choose-preset', preset }),
                (error: Error) => dispatch({ type: 'notify', notice: error.message }),
              );
            }}
          >
            {custom && <option value="__custom">Your scenario: {custom.title ?? 'untitled'}</option>}
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
          </>
          )}
          <UndoRedo history={state.history} dispatch={dispatch} />
        </div>
      )}
      <Notices notices={state.notices} onDismiss={() => dispatch({ type: 'dismiss-notices' })} className="sim-notice" />
      <div className="sim-story">
        <h3>
          {file.title ?? 'Your scenario'}
          {file.dates && <span className="sim-story-dates"> {file.dates.join(', ')}</span>}
        </h3>
        {file.story ? <StoryText story={file.story} trigger={file.trigger?.description} /> : file.trigger && <p className="sim-muted">Trigger: {file.trigger.description}</p>}
      </div>

      {/* The stage: graph, playback, mitigations and outcome on one screen. Wide: the graph stays in view
          (sticky) on the left while the side column scrolls; narrow: controls, graph, mitigations, outcome. */}
      <div className={`sim-stage${!layout.phone && layout.width >= 2 * layout.height ? ' is-wide-drawing' : ''}`}>
      <PlaybackControls state={state} result={result} shown={shown} lastWave={lastWave} dispatch={dispatch} howUrl={howUrl} />

      <div className="sim-stage-graph">
      <div className="sim-views no-print" role="group" aria-label="View">
        <button type="button" aria-pressed={state.view === 'graph'} onClick={() => dispatch({ type: 'set-view', view: 'graph' })}>
          Graph
        </button>
        <button type="button" aria-pressed={state.view === 'table'} onClick={() => dispatch({ type: 'set-view', view: 'table' })}>
          Table
        </button>
        {!embedded && (svgView || state.view === 'table') && <PictureEditToggle editor={picture} where={state.view === 'table' ? 'table' : 'picture'} />}
      </div>

      {state.view === 'table' ? (
        <>
          {!embedded && <PictureEditHint editor={picture} where="table" />}
          <NodeTable nodes={nodes} status={status} seeds={seeds} explanations={result.explanations} onToggle={toggle} editing={tableEditing(picture)} />
          <PictureEditBar editor={picture} where="table" />
        </>
      ) : state.compare && mitigations.length > 0 ? (
        <div className="sim-compare">
          <figure>
            <figcaption>Without mitigations: {baseline.outcome.failed.length} down</figcaption>
            <GraphSvg {...graphProps} id={`${uid}-before`} title="Without mitigations" status={baseline.outcome.status} edges={baseline.scenario.edges.map((e) => ({ ...e, grade: evidence.graded ? evidence.edge(e.from, e.to) : undefined })).filter((e) => state.showUnreported || e.grade === undefined || e.grade === 'reported')} onToggle={undefined} />
          </figure>
          <figure>
            <figcaption>With mitigations: {result.outcome.failed.length} down</figcaption>
            <GraphSvg {...graphProps} id={`${uid}-after`} title="With mitigations" />
          </figure>
        </div>
      ) : nodes.length > CANVAS_THRESHOLD ? (
        <Suspense fallback={<p className="sim-muted">Loading the canvas drawing…</p>}>
          <GraphCanvas {...graphProps} title={title} />
        </Suspense>
      ) : (
        // Keys for edit mode (editor/PictureEditor.tsx) bubble here from the focused component.
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions
        <div ref={pictureRef} className="sim-picture" onKeyDown={picture.onKeyDown} onDoubleClick={picture.onDoubleClick} onPointerDown={picture.onPointerDown} onPointerUp={picture.onPointerUp}>
          {!embedded && <PictureEditHint editor={picture} />}
          {nodes.length === 0 && (
            <p className="sim-empty" data-testid="sim-empty">
              No components yet. Switch on “Edit on the picture” and click the drawing to add one, import a graph, or use “Build your own” below.
            </p>
          )}
          <GraphSvg {...graphProps} {...editingProps} id={uid} title={title} />
          <PictureEditBar editor={picture} />
        </div>
      )}
      <Legend
        nodes={nodes}
        colours={colours}
        evidence={{ graded: evidence.graded, showUnreported: state.showUnreported, unreported, onShowUnreported: (on) => dispatch({ type: 'set-show-unreported', on }) }}
      />
      </div>

      {(file.mitigations ?? []).length > 0 && (
        <MitigationsPanel uid={uid} mitigations={file.mitigations ?? []} enabled={mitigations} compare={state.compare} baseline={baseline} result={result} comparison={mitigationEffect} dispatch={dispatch} />
      )}

      <OutcomePanel file={file} result={result} status={status} finished={finished} comparison={comparison} evidence={evidence} failed={failed} />
      </div>

      <BlastRadiusTable graph={result.graph} ranking={ranking} labels={result.labels} onFailOnly={(id) => dispatch({ type: 'fail-only', id })} />

      <LazyPanel summary="Monte Carlo: random and correlated failures" className="sim-mc" testId="sim-monte-carlo" load={loadMonteCarlo} props={{ graph: result.graph, labels: result.labels }} />

      <LazyPanel summary="Availability of each service, correlated vs independent" className="sim-availability-panel" testId="sim-availability" load={loadAvailability} props={{ scenario: file }} />

      {!embedded && (
        <LazyPanel summary="Build your own: edit nodes, edges and rules" className="sim-editor" testId="sim-editor" load={loadEditor} props={{ scenario: file, onChange: (next: SimScenario) => loadOwn(next) }} />
      )}
      <LazyPanel
        summary="Import, export and share"
        className="sim-io"
        testId="sim-import-export"
        load={loadImportExport}
        props={{ scenario: file, rootRef, onImport: (next: SimScenario) => loadOwn(next, `Loaded “${next.title ?? 'your scenario'}”.`), embedded }}
      />

      {embedded && (
        <p className="sim-open">
          <a href={shareUrl()}>Open this in the full simulator</a> to edit the graph, import your own, or share a link.
        </p>
      )}
      {file.sources && file.sources.length > 0 && (
        <details className="sim-panel">
          <summary>Sources for this scenario ({file.sources.length})</summary>
          <ol>
            {file.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="external noopener">
                  {s.title}
                </a>
                . {s.publisher}, {s.date}.
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}

/** The story's first sentence, with the rest and the trigger one click away ("More"), so the graph
 * comes first. */
function StoryText({ story, trigger }: { story: string; trigger?: string }) {
  const cut = /^(.+?[.!?])\s+(?=[A-Z])/.exec(story);
  const lead = cut ? cut[1] : story;
  const rest = cut ? story.slice(cut[0].length) : '';
  if (!rest && !trigger) return <p className="sim-story-lead">{lead}</p>;
  return (
    <>
      <p className="sim-story-lead">{lead}</p>
      <details className="sim-story-more">
        <summary>More of the story{trigger ? ', and the trigger' : ''}</summary>
        {rest && <p>{rest}</p>}
        {trigger && <p className="sim-muted">Trigger: {trigger}</p>}
      </details>
    </>
  );
}
