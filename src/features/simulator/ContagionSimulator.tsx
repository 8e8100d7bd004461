/**
 * The contagion simulator island: pick a scenario, fail components, play the cascade wave by wave,
 * read why each component failed, switch on mitigations and compare, rank components by blast
 * radius, run a Monte Carlo, edit, import, export and share. All maths comes from src/engine.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { blastRadius } from '../../engine/contagion/index.ts';
import { layeredLayout } from './layered-positions.ts';
import { typeColours, typeName } from './node-appearance.ts';
import { compare, matchIncident, simulate, statusAtStep, type SimScenario } from './simulation.ts';
import { readShareParams, reconcile, writeShareParams } from './simulator-url.ts';
import { decodeModel, encodeModel } from '../shared/compressed-json.ts';
import { GraphSvg } from './graph/GraphSvg.tsx';
import { Legend } from './graph/Legend.tsx';
import { OutcomePanel } from './OutcomePanel.tsx';
import { NodeTable } from './graph/NodeTable.tsx';
import { LazyPanel } from './LazyPanel.tsx';
import { Notices } from '../shared/Notices.tsx';

// Loaded on first use, to keep the first download small (see LazyPanel).
const loadMonteCarlo = () => import('./monte-carlo/MonteCarloPanel.tsx');
const loadEditor = () => import('./editor/ScenarioEditor.tsx');
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
}

/** Above this many nodes the graph is drawn on a canvas instead of as SVG elements. */
export const CANVAS_THRESHOLD = 1500;
const SPEEDS = [
  { label: 'Slow (2 s a wave)', ms: 2000 },
  { label: 'Normal (1 s a wave)', ms: 1000 },
  { label: 'Fast (0.4 s a wave)', ms: 400 },
];


export default function ContagionSimulator({ presets, initial, initialFailed, embedded = false, toolUrl = '/tools/simulator/' }: ContagionSimulatorProps) {
  // useId, not a module counter: the server and the browser must agree on ids (Astro gives each island
  // its own prefix), or hydration leaves labels and SVG markers pointing at ids that do not exist.
  const uid = `sim${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const presetById = useMemo(() => new Map(presets.map((p) => [p.id, p])), [presets]);
  const firstPreset = presetById.get(initial) ?? presets[0]!;
  const [custom, setCustom] = useState<SimScenario | null>(null);
  const [scenarioId, setScenarioId] = useState(firstPreset.id);
  const file = custom ?? presetById.get(scenarioId) ?? firstPreset;
  const [failed, setFailed] = useState<string[]>(() => initialFailed ?? [...(firstPreset.trigger?.seeds ?? [])]);
  const [mitigations, setMitigations] = useState<string[]>([]);
  const [step, setStep] = useState<number | null>(null); // null = the end
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1000);
  const [compareOn, setCompareOn] = useState(false);
  const [view, setView] = useState<'graph' | 'table'>('graph');
  const [notices, setNotices] = useState<string[]>([]);
  const [resetKey, setResetKey] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const clickedAt = useRef<number | null>(null);

  const result = useMemo(() => simulate(file, failed, mitigations), [file, failed, mitigations]);
  const baseline = useMemo(() => (mitigations.length ? simulate(file, failed, []) : result), [file, failed, mitigations, result]);
  const layout = useMemo(() => layeredLayout(result.scenario), [result.scenario]);
  const baseLayout = useMemo(() => (baseline === result ? layout : layeredLayout(baseline.scenario)), [baseline, result, layout]);
  const colours = useMemo(() => typeColours([...new Set(file.nodes.map((n) => n.type))]), [file]);
  const waves = result.outcome.waves;
  const lastWave = Math.max(0, waves.length - 1);
  const shown = step === null ? lastWave : Math.min(step, lastWave);
  const finished = shown >= lastWave;
  const status = useMemo(() => statusAtStep(result, shown), [result, shown]);
  const match = useMemo(() => matchIncident(file, result, failed, mitigations), [file, result, failed, mitigations]);
  const seeds = useMemo(() => new Set(failed), [failed]);
  const nodes = useMemo(() => result.scenario.nodes.map((n) => ({ id: n.id, label: n.label ?? n.id, type: n.type ?? 'untyped', layer: n.layer })), [result.scenario]);
  const big = nodes.length > CANVAS_THRESHOLD;

  // Playing: advance one wave per tick until the last.
  useEffect(() => {
    if (!playing) return;
    if (shown >= lastWave) {
      setPlaying(false);
      return;
    }
    const t = setTimeout(() => setStep(shown + 1), speed);
    return () => clearTimeout(t);
  }, [playing, shown, lastWave, speed]);

  // Time from a click to the first wave on screen, for the budget script (a data attribute, not a style).
  useLayoutEffect(() => {
    if (clickedAt.current === null) return;
    const start = clickedAt.current;
    clickedAt.current = null;
    requestAnimationFrame(() => rootRef.current?.setAttribute('data-click-to-wave-ms', (performance.now() - start).toFixed(1)));
  });

  const toggle = useCallback((id: string) => {
    clickedAt.current = performance.now();
    setFailed((f) => (f.includes(id) ? f.filter((x) => x !== id) : [...f, id]));
    setStep(0);
    setPlaying(true);
  }, []);

  const chooseScenario = (id: string) => {
    const next = presetById.get(id);
    if (!next) return;
    setCustom(null);
    setScenarioId(id);
    setFailed([...(next.trigger?.seeds ?? [])]);
    setMitigations([]);
    setStep(null);
    setPlaying(false);
    setNotices([]);
    setResetKey((k) => k + 1);
  };

  const loadCustom = (next: SimScenario, message?: string) => {
    setCustom(next);
    setFailed([...(next.trigger?.seeds ?? [])]);
    setMitigations([]);
    setStep(null);
    setPlaying(false);
    setNotices(message ? [message] : []);
    setResetKey((k) => k + 1);
  };

  // Restore shared state from the URL once, on the full tool page only.
  const restored = useRef(false);
  useEffect(() => {
    if (embedded || restored.current) return;
    restored.current = true;
    const parsed = readShareParams(new URLSearchParams(location.search));
    const problems = [...parsed.problems];
    void (async () => {
      let base: SimScenario | null = null;
      if (parsed.model) {
        try {
          const text = await decodeModel(parsed.model);
          const { parseScenarioFile } = await import('../../engine/contagion/schema.ts');
          base = parseScenarioFile(text, 'the shared link', { userImport: true });
          setCustom(base);
        } catch (e) {
          problems.push(`The scenario in this link could not be used (${(e as Error).message.split('\n')[0]}); showing a preset instead.`);
        }
      }
      if (!base && parsed.state.scenario) {
        if (presetById.has(parsed.state.scenario)) {
          base = presetById.get(parsed.state.scenario)!;
          setScenarioId(base.id);
        } else problems.push(`The link names a scenario that does not exist (“${parsed.state.scenario}”); showing “${firstPreset.title}” instead.`);
      }
      base ??= firstPreset;
      const known = { nodes: new Set(base.nodes.map((n) => n.id)), mitigations: new Set((base.mitigations ?? []).map((m) => m.id)) };
      const fixed = reconcile(parsed.state, known);
      problems.push(...fixed.problems);
      setFailed(fixed.failed ?? [...(base.trigger?.seeds ?? [])]);
      setMitigations(fixed.mitigations ?? []);
      setStep(parsed.state.step === undefined ? null : parsed.state.step);
      setNotices(problems);
    })();
  }, [embedded, presetById, firstPreset]);

  // Keep the URL in step with the state (tool page only).
  useEffect(() => {
    if (embedded || !restored.current) return;
    let cancelled = false;
    void (async () => {
      const model = custom ? await encodeModel(JSON.stringify(custom)) : null;
      if (cancelled) return;
      const url = new URL(location.href);
      writeShareParams(url.searchParams, { scenario: file.id, failed, mitigations, step }, model);
      history.replaceState(null, '', url);
    })();
    return () => {
      cancelled = true;
    };
  }, [embedded, custom, file.id, failed, mitigations, step]);

  // A relative address, so it can be rendered on the server (no `location` there) and works on any host.
  const shareUrl = () => {
    const params = new URLSearchParams();
    writeShareParams(params, { scenario: file.id, failed, mitigations, step }, null);
    return `${toolUrl}?${params}`;
  };

  const ranking = useMemo(() => blastRadius(result.graph), [result.graph]);
  const comparison = useMemo(() => compare(baseline, result), [baseline, result]);
  const waveAnnouncement =
    shown === 0
      ? `Wave 0: ${waves[0]?.length ? (waves[0] ?? []).map((id) => result.labels.get(id)).join(', ') + ' failed.' : 'nothing has failed.'}`
      : `Wave ${shown}: ${(waves[shown] ?? []).map((id) => result.labels.get(id)).join(', ')} ${waves[shown]?.length === 1 ? 'fails' : 'fail'}.${finished ? ` The cascade has ended: ${result.outcome.failed.length} down, ${result.outcome.degraded.length} degraded.` : ''}`;

  const graphProps = { layout, nodes, edges: result.scenario.edges, status, seeds, colours, onToggle: toggle, resetKey };

  return (
    <div className="sim" ref={rootRef} data-scenario={file.id} data-step={shown} data-last-wave={lastWave} data-ready="">
      {!embedded && presets.length > 1 && (
        <div className="sim-pick">
          <label htmlFor={`${uid}-scenario`}>Scenario</label>
          <select id={`${uid}-scenario`} value={custom ? '__custom' : scenarioId} onChange={(e) => chooseScenario(e.target.value)}>
            {custom && <option value="__custom">Your scenario: {custom.title ?? 'untitled'}</option>}
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <Notices notices={notices} onDismiss={() => setNotices([])} className="sim-notice" />
      <div className="sim-story">
        <h3>{file.title ?? 'Your scenario'}</h3>
        {file.dates && <p className="sim-muted">{file.dates.join(', ')}</p>}
        {file.story && <p>{file.story}</p>}
        {file.trigger && <p className="sim-muted">Trigger: {file.trigger.description}</p>}
      </div>

      <div className="sim-controls no-print" role="group" aria-label="Cascade playback">
        <button type="button" onClick={() => (finished ? (setStep(0), setPlaying(true)) : setPlaying(!playing))} aria-pressed={playing}>
          {playing ? 'Pause' : finished ? 'Replay' : 'Play'}
        </button>
        <button type="button" onClick={() => (setPlaying(false), setStep(Math.min(shown + 1, lastWave)))} disabled={finished}>
          Step
        </button>
        <button type="button" onClick={() => (setPlaying(false), setStep(0))} disabled={shown === 0}>
          Back to start
        </button>
        <button type="button" onClick={() => (setPlaying(false), setStep(null))} disabled={finished}>
          Skip to end
        </button>
        <button
          type="button"
          onClick={() => {
            setFailed([]);
            setStep(null);
            setPlaying(false);
          }}
          disabled={failed.length === 0}
        >
          Restore all
        </button>
        <label>
          Speed{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s.ms} value={s.ms}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <span className="sim-step" data-testid="sim-step">
          Wave {shown} of {lastWave}
        </span>
        <span className="visually-hidden" aria-live="polite" data-testid="sim-live">
          {waveAnnouncement}
        </span>
      </div>

      <div className="sim-views no-print" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'graph'} onClick={() => setView('graph')}>
          Graph
        </button>
        <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
          Table
        </button>
      </div>

      {view === 'graph' ? (
        compareOn && mitigations.length > 0 ? (
          <div className="sim-compare">
            <figure>
              <figcaption>Without mitigations: {baseline.outcome.failed.length} down</figcaption>
              <GraphSvg {...graphProps} id={`${uid}-before`} title="Without mitigations" layout={baseLayout} status={baseline.outcome.status} edges={baseline.scenario.edges} onToggle={undefined} />
            </figure>
            <figure>
              <figcaption>With mitigations: {result.outcome.failed.length} down</figcaption>
              <GraphSvg {...graphProps} id={`${uid}-after`} title="With mitigations" />
            </figure>
          </div>
        ) : big ? (
          <Suspense fallback={<p className="sim-muted">Loading the canvas drawing…</p>}>
            <GraphCanvas {...graphProps} title={`Dependency graph of ${file.title ?? 'your scenario'}`} />
          </Suspense>
        ) : (
          <GraphSvg {...graphProps} id={uid} title={`Dependency graph of ${file.title ?? 'your scenario'}`} />
        )
      ) : (
        <NodeTable nodes={nodes} status={status} seeds={seeds} explanations={result.explanations} onToggle={toggle} />
      )}
      <Legend nodes={nodes} colours={colours} />

      <OutcomePanel file={file} result={result} status={status} finished={finished} match={match} />

      {(file.mitigations ?? []).length > 0 && (
        <section className="sim-mitigations" aria-labelledby={`${uid}-mit`}>
          <h3 id={`${uid}-mit`}>Mitigations</h3>
          <ul>
            {(file.mitigations ?? []).map((m) => (
              <li key={m.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={mitigations.includes(m.id)}
                    onChange={(e) => {
                      setMitigations((ms) => (e.target.checked ? [...ms, m.id] : ms.filter((x) => x !== m.id)));
                      setStep(null);
                    }}
                    data-mitigation={m.id}
                  />{' '}
                  <strong>{m.title}</strong>
                </label>
                <p className="sim-muted">{m.description}</p>
              </li>
            ))}
          </ul>
          {mitigations.length > 0 && (
            <>
              <p data-testid="sim-compare-summary">
                Before: {baseline.outcome.failed.length} down, {baseline.outcome.degraded.length} degraded. After: {result.outcome.failed.length} down,{' '}
                {result.outcome.degraded.length} degraded.{' '}
                {comparison.saved.length ? `Better off: ${comparison.saved.map((id) => result.labels.get(id) ?? id).join(', ')}.` : 'No component is better off.'}
                {comparison.worse.length ? ` Worse off: ${comparison.worse.map((id) => result.labels.get(id) ?? id).join(', ')}.` : ''}
              </p>
              <label>
                <input type="checkbox" checked={compareOn} onChange={(e) => setCompareOn(e.target.checked)} /> Show before and after side by side
              </label>
            </>
          )}
        </section>
      )}

      <details className="sim-panel">
        <summary>Blast radius: which single failure hurts most</summary>
        <table className="sim-table">
          <caption className="visually-hidden">Components ranked by how many others fail when they alone fail</caption>
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Others that fail</th>
              <th scope="col">By type</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ranking.slice(0, 25).map((r) => (
              <tr key={r.id}>
                <th scope="row">{result.labels.get(r.id) ?? r.id}</th>
                <td>{r.count}</td>
                <td>
                  {Object.entries(r.byType)
                    .map(([t, n]) => `${n} ${typeName(t).toLowerCase()}`)
                    .join(', ') || '–'}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      setFailed([r.id]);
                      setStep(0);
                      setPlaying(true);
                    }}
                  >
                    Fail only this
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {ranking.length > 25 && <p className="sim-muted">Showing the 25 most harmful of {ranking.length} components.</p>}
      </details>

      <LazyPanel summary="Monte Carlo: random and correlated failures" className="sim-mc" testId="sim-monte-carlo" load={loadMonteCarlo} props={{ graph: result.graph, labels: result.labels }} />

      {!embedded && (
        <LazyPanel summary="Build your own: edit nodes, edges and rules" className="sim-editor" testId="sim-editor" load={loadEditor} props={{ scenario: file, onChange: (next: SimScenario) => loadCustom(next) }} />
      )}
      <LazyPanel
        summary="Import, export and share"
        className="sim-io"
        testId="sim-import-export"
        load={loadImportExport}
        props={{ scenario: file, rootRef, onImport: (next: SimScenario) => loadCustom(next, `Loaded “${next.title ?? 'your scenario'}”.`), embedded }}
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
