/**
 * The contagion simulator island: pick a scenario, fail components, play the cascade wave by wave,
 * read why each component failed, switch on mitigations and compare, rank components by blast
 * radius, run a Monte Carlo, edit, import, export and share. The reader's choices are one reducer
 * (simulator-state.ts); everything shown is derived from them by simulation.ts over the engine.
 */
import { lazy, Suspense, useCallback, useId, useMemo, useReducer, useRef } from 'react';
import { blastRadius } from '../../engine/contagion/index.ts';
import { Notices } from '../shared/Notices.tsx';
import { BlastRadiusTable } from './BlastRadiusTable.tsx';
import { GraphSvg } from './graph/GraphSvg.tsx';
import { UndoRedo } from './history/UndoRedo.tsx';
import { PictureEditBar, PictureEditHint, PictureEditToggle, useNoPanFromNodes, usePictureEditor } from './editor/PictureEditor.tsx';
import { Legend } from './graph/Legend.tsx';
import { NodeTable } from './graph/NodeTable.tsx';
import { layeredLayout } from './layered-positions.ts';
import { LazyPanel } from './LazyPanel.tsx';
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
  /** the scenarios the reader can choose from (validated at build time) */
  presets: SimScenario[];
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

export default function ContagionSimulator({ presets, initial, initialFailed, embedded = false, toolUrl = '/tools/simulator/', howUrl = `${toolUrl}#how-to-read` }: ContagionSimulatorProps) {
  // useId, not a module counter: the server and the browser must agree on ids (Astro gives each island
  // its own prefix), or hydration leaves labels and SVG markers pointing at ids that do not exist.
  const uid = `sim${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const presetById = useMemo(() => new Map(presets.map((p) => [p.id, p])), [presets]);
  const firstPreset = presetById.get(initial) ?? presets[0]!;
  const [state, dispatch] = useReducer(simulatorReducer, undefined, () => initialState(firstPreset, initialFailed));
  const { custom, failed, mitigations } = state;
  const file = custom ?? presetById.get(state.presetId) ?? firstPreset;
  const rootRef = useRef<HTMLDivElement>(null);

  // Prepared once per scenario and mitigations, so a click reuses the layout and ranking (simulation.ts).
  const prepared = useMemo(() => prepare(file, mitigations), [file, mitigations]);
  const preparedBase = useMemo(() => (mitigations.length ? prepare(file, []) : prepared), [file, mitigations, prepared]);
  const result = useMemo(() => cascadeOn(prepared, failed), [prepared, failed]);
  const baseline = useMemo(() => (preparedBase === prepared ? result : cascadeOn(preparedBase, failed)), [preparedBase, prepared, failed, result]);
  const layout = useMemo(() => layeredLayout(result.scenario), [result.scenario]);
  const baseLayout = useMemo(() => (baseline === result ? layout : layeredLayout(baseline.scenario)), [baseline, result, layout]);
  const colours = useMemo(() => typeColours([...new Set(file.nodes.map((n) => n.type))]), [file]);
  const lastWave = Math.max(0, result.outcome.waves.length - 1);
  const shown = state.step === null ? lastWave : Math.min(state.step, lastWave);
  const finished = shown >= lastWave;
  const status = useMemo(() => statusAtStep(result, shown), [result, shown]);
  const evidence = useMemo(() => evidenceOf(file), [file]);
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
  const shareUrl = useShareState(state, dispatch, { embedded, presetById, firstPreset, file, toolUrl });

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
          {presets.length > 1 && (
          <>
          <label htmlFor={`${uid}-scenario`}>Scenario</label>
          <select
            id={`${uid}-scenario`}
            value={custom ? '__custom' : state.presetId}
            onChange={(e) => {
              const preset = presetById.get(e.target.value);
              if (preset) dispatch({ type: 'choose-preset', preset });
            }}
          >
            {custom && <option value="__custom">Your scenario: {custom.title ?? 'untitled'}</option>}
            {presets.map((p) => (
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
        <h3>{file.title ?? 'Your scenario'}</h3>
        {file.dates && <p className="sim-muted">{file.dates.join(', ')}</p>}
        {file.story && <StoryText story={file.story} />}
        {file.trigger && <p className="sim-muted">Trigger: {file.trigger.description}</p>}
      </div>

      {/* The stage: graph, playback, mitigations and outcome on one screen. Wide: the graph stays in view
          (sticky) on the left while the side column scrolls; narrow: controls, graph, mitigations, outcome. */}
      <div className="sim-stage">
      <PlaybackControls state={state} result={result} shown={shown} lastWave={lastWave} dispatch={dispatch} howUrl={howUrl} />

      <div className="sim-stage-graph">
      <div className="sim-views no-print" role="group" aria-label="View">
        <button type="button" aria-pressed={state.view === 'graph'} onClick={() => dispatch({ type: 'set-view', view: 'graph' })}>
          Graph
        </button>
        <button type="button" aria-pressed={state.view === 'table'} onClick={() => dispatch({ type: 'set-view', view: 'table' })}>
          Table
        </button>
        {!embedded && svgView && <PictureEditToggle editor={picture} />}
      </div>

      {state.view === 'table' ? (
        <NodeTable nodes={nodes} status={status} seeds={seeds} explanations={result.explanations} onToggle={toggle} />
      ) : state.compare && mitigations.length > 0 ? (
        <div className="sim-compare">
          <figure>
            <figcaption>Without mitigations: {baseline.outcome.failed.length} down</figcaption>
            <GraphSvg {...graphProps} id={`${uid}-before`} title="Without mitigations" layout={baseLayout} status={baseline.outcome.status} edges={baseline.scenario.edges.map((e) => ({ ...e, grade: evidence.graded ? evidence.edge(e.from, e.to) : undefined })).filter((e) => state.showUnreported || e.grade === undefined || e.grade === 'reported')} onToggle={undefined} />
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
        <div ref={pictureRef} onKeyDown={picture.onKeyDown} onDoubleClick={picture.onDoubleClick} onPointerDown={picture.onPointerDown} onPointerUp={picture.onPointerUp}>
          {!embedded && <PictureEditHint editor={picture} />}
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

/** The story's first sentence, with the rest one click away ("More"), so the graph comes first. */
function StoryText({ story }: { story: string }) {
  const cut = /^(.+?[.!?])\s+(?=[A-Z])/.exec(story);
  if (!cut) return <p>{story}</p>;
  return (
    <>
      <p className="sim-story-lead">{cut[1]}</p>
      <details className="sim-story-more">
        <summary>More of the story</summary>
        <p>{story.slice(cut[0].length)}</p>
      </details>
    </>
  );
}
