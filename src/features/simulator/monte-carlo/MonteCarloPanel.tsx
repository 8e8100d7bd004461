/**
 * Monte Carlo over random and correlated failures: every component fails on its own with a small
 * probability per trial (one value for infrastructure, one for the rest), optionally a group of
 * infrastructure components (one provider) fails together, failures spread by the graph's rules, and
 * the panel counts how often each component and each type ends up down. Runs in a Web Worker with a
 * progress bar and a Cancel button. Imports only lean engine modules (never index.ts, which pulls in zod).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FailureGroup, Graph, MonteCarloResult } from '../../../engine/contagion/index.ts';
import { typeName } from '../node-appearance.ts';
import { TextField, SelectField } from '../fields.tsx';
import { formatConfidence, formatMean, formatMeanInterval, formatPercent, formatPercentInterval, graphFingerprint, isInfrastructure, type McReply, type McRequest } from './monte-carlo-protocol.ts';
import { formatCount, parseProbability, parseSeed, parseWhole, type Parsed } from '../simulator-fields.ts';

export const MC_MIN_TRIALS = 100;
export const MC_MAX_TRIALS = 1_000_000;
const CONFIDENCE = 0.95;
const TOP = 20;

interface Settings {
  trials: number;
  seed: number;
  infrastructure: number;
  other: number;
  group: { members: string[]; probability: number } | null;
}

interface Finished {
  result: MonteCarloResult;
  settings: Settings;
  fingerprint: string;
}

const errorOf = <T,>(p: Parsed<T>) => (p.ok ? null : p.error);

/** The Monte Carlo panel's contents; the simulator shows them in a panel that loads them on first opening. */
export default function MonteCarloPanel({ graph, labels }: { graph: Graph; labels: ReadonlyMap<string, string> }) {
  const [trialsText, setTrialsText] = useState('20000');
  const [infraText, setInfraText] = useState('0.01');
  const [otherText, setOtherText] = useState('0.001');
  const [seedText, setSeedText] = useState('1');
  const [members, setMembers] = useState<string[]>([]);
  const [pick, setPick] = useState('');
  const [groupText, setGroupText] = useState('0.005');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const workerRef = useRef<Worker | null>(null);

  const label = (id: string) => labels.get(id) ?? id;
  const infrastructure = useMemo(() => {
    const ids: string[] = [];
    for (let i = 0; i < graph.nodeCount; i++) if (isInfrastructure(graph, i)) ids.push(graph.ids[i]!);
    return ids;
  }, [graph]);
  const fingerprint = useMemo(() => graphFingerprint(graph), [graph]);
  // Members that no longer exist (the scenario changed) are dropped.
  const liveMembers = useMemo(() => members.filter((id) => graph.index.has(id)), [members, graph]);
  const choosable = infrastructure.filter((id) => !liveMembers.includes(id));
  const picked = choosable.includes(pick) ? pick : (choosable[0] ?? '');

  const trials = parseWhole(trialsText, MC_MIN_TRIALS, MC_MAX_TRIALS, 'a number of trials');
  const pInfra = parseProbability(infraText);
  const pOther = parseProbability(otherText);
  const seed = parseSeed(seedText);
  const pGroup = parseProbability(groupText);
  const groupOn = liveMembers.length > 0;
  const valid = trials.ok && pInfra.ok && pOther.ok && seed.ok && (!groupOn || pGroup.ok);
  const running = progress !== null;

  useEffect(() => () => workerRef.current?.terminate(), []);

  const stop = () => {
    workerRef.current?.terminate();
    workerRef.current = null;
  };

  const start = () => {
    if (!(trials.ok && pInfra.ok && pOther.ok && seed.ok && (!groupOn || pGroup.ok))) {
      setProblem('Some values above are not valid yet: correct the fields with a message, then run again.');
      return;
    }
    stop();
    setProblem(null);
    const settings: Settings = {
      trials: trials.value,
      seed: seed.value,
      infrastructure: pInfra.value,
      other: pOther.value,
      group: groupOn && pGroup.ok ? { members: liveMembers, probability: pGroup.value } : null,
    };
    const groups: FailureGroup[] = settings.group ? [{ id: 'provider', probability: settings.group.probability, members: settings.group.members }] : [];
    const request: McRequest = {
      type: 'run',
      graph,
      trials: settings.trials,
      seed: settings.seed,
      infrastructureProbability: settings.infrastructure,
      otherProbability: settings.other,
      groups,
      confidence: CONFIDENCE,
    };
    const runFingerprint = fingerprint;
    let worker: Worker;
    try {
      worker = new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      setProblem(`The simulation could not start: ${(error as Error).message}`);
      return;
    }
    workerRef.current = worker;
    setProgress({ done: 0, total: settings.trials });
    setAnnounce(`Running ${formatCount(settings.trials)} trials…`);
    worker.onmessage = (event: MessageEvent<McReply>) => {
      if (workerRef.current !== worker) return;
      const reply = event.data;
      if (reply.type === 'progress') setProgress({ done: reply.done, total: reply.total });
      else if (reply.type === 'done') {
        setFinished({ result: reply.result, settings, fingerprint: runFingerprint });
        setProgress(null);
        setAnnounce(`Finished ${formatCount(reply.result.trials)} trials. Results below.`);
        stop();
      } else {
        setProblem(`The simulation stopped with an error: ${reply.message}`);
        setProgress(null);
        setAnnounce('');
        stop();
      }
    };
    worker.onerror = (event) => {
      if (workerRef.current !== worker) return;
      setProblem(`The simulation stopped with an error${event.message ? `: ${event.message}` : ''}.`);
      setProgress(null);
      setAnnounce('');
      stop();
    };
    worker.postMessage(request);
  };

  const cancel = () => {
    const done = progress?.done ?? 0;
    stop();
    setProgress(null);
    setAnnounce(`Cancelled after ${formatCount(done)} trials.`);
  };

  const addMember = () => {
    if (!picked) return;
    setMembers([...liveMembers, picked]);
    setPick('');
  };

  return (
    <div className="sim-mc-body">
      <p className="sim-muted">
        Instead of choosing what fails, let chance choose: in each trial every component may fail on its own, a whole provider may fail at once, and failures
        spread by the graph&rsquo;s rules. Over many trials this estimates how likely each component is to be taken down.
      </p>
      <form
        className="sim-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!running) start();
        }}
      >
        <div className="sim-form-row">
          <TextField label="Number of trials" value={trialsText} onChange={setTrialsText} error={errorOf(trials)} hint="100 to 1,000,000" inputMode="numeric" testId="mc-trials" />
          <TextField
            label="Chance an infrastructure component fails, per trial"
            value={infraText}
            onChange={setInfraText}
            error={errorOf(pInfra)}
            hint="e.g. 0.01 or 1%"
            inputMode="decimal"
            testId="mc-p-infra"
          />
          <TextField
            label="Chance any other component fails, per trial"
            value={otherText}
            onChange={setOtherText}
            error={errorOf(pOther)}
            hint="e.g. 0.001 or 0.1%"
            inputMode="decimal"
            testId="mc-p-other"
          />
          <TextField label="Random seed" value={seedText} onChange={setSeedText} error={errorOf(seed)} hint="the same seed gives the same result" inputMode="numeric" testId="mc-seed" />
        </div>

        <fieldset className="sim-fieldset">
          <legend>Correlated failure (optional): everything on one provider fails together</legend>
          {infrastructure.length === 0 ? (
            <p className="sim-muted">This scenario has no infrastructure components to group.</p>
          ) : (
            <>
              <div className="sim-form-row">
                <SelectField
                  label="Infrastructure component"
                  value={picked}
                  onChange={setPick}
                  options={choosable.map((id) => ({ value: id, label: label(id) }))}
                  disabled={choosable.length === 0}
                  testId="mc-group-pick"
                />
                <div className="sim-field sim-field-button">
                  <button type="button" onClick={addMember} disabled={!picked} data-testid="mc-group-add">
                    Add to the group
                  </button>
                </div>
                <TextField
                  label="Chance the group fails together, per trial"
                  value={groupText}
                  onChange={setGroupText}
                  error={groupOn ? errorOf(pGroup) : null}
                  hint="e.g. 0.005 or 0.5%"
                  inputMode="decimal"
                  testId="mc-p-group"
                />
              </div>
              {groupOn ? (
                <ul className="sim-chips" aria-label="Components in the group">
                  {liveMembers.map((id) => (
                    <li key={id}>
                      {label(id)}{' '}
                      <button type="button" onClick={() => setMembers(liveMembers.filter((m) => m !== id))} aria-label={`Remove ${label(id)} from the group`}>
                        Remove
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="sim-muted">No group: add one or more components (for example the cloud region a provider runs in). When the group fails, everything that depends on it fails by cascade.</p>
              )}
            </>
          )}
        </fieldset>

        <div className="sim-actions">
          {/* Distinct keys: reusing one <button> would turn Cancel into a submit button mid-click and restart the run. */}
          {running ? (
            <button key="cancel" type="button" onClick={cancel} data-testid="mc-cancel">
              Cancel
            </button>
          ) : (
            <button key="run" type="submit" className="sim-primary" data-testid="mc-run">
              Run {trials.ok ? formatCount(trials.value) : ''} trials
            </button>
          )}
          {progress && (
            <span className="sim-progress">
              <progress value={progress.done} max={progress.total} aria-label="Monte Carlo progress" data-testid="mc-progress" />{' '}
              <span data-testid="mc-progress-text">
                {formatCount(progress.done)} of {formatCount(progress.total)} trials
              </span>
            </span>
          )}
          {!valid && !running && <span className="sim-field-error">Correct the fields marked above to run.</span>}
        </div>
        {problem && (
          <p className="sim-alert" role="alert" data-testid="mc-error">
            {problem}
          </p>
        )}
        <p className="visually-hidden" aria-live="polite">
          {announce}
        </p>
      </form>

      {finished && <Results finished={finished} label={label} stale={finished.fingerprint !== fingerprint} />}
    </div>
  );
}

function Results({ finished, label, stale }: { finished: Finished; label: (id: string) => string; stale: boolean }) {
  const { result, settings } = finished;
  const level = formatConfidence(result.confidence);
  const top = useMemo(
    () =>
      result.nodes
        .filter((n) => n.failures > 0)
        .sort((a, b) => b.probability - a.probability || a.id.localeCompare(b.id))
        .slice(0, TOP),
    [result],
  );
  const types = useMemo(() => [...result.types].sort((a, b) => b.probabilityAny - a.probabilityAny || b.meanFailed - a.meanFailed), [result]);
  const n = result.nodes.length;
  return (
    <section className="sim-mc-results" aria-label="Monte Carlo results" data-testid="mc-results">
      {stale && (
        <p className="sim-alert" role="status">
          The graph has changed since this run (another scenario, an edit or a mitigation). Run again to update these results.
        </p>
      )}
      <p data-testid="mc-summary">
        <strong>{formatCount(result.trials)}</strong> trials, seed {settings.seed}, {level} confidence intervals. On average{' '}
        <strong>{formatMean(result.totalFailed.mean)}</strong> of {formatCount(n)} components were down per trial ({level} interval{' '}
        {formatMeanInterval(result.totalFailed.mean, result.totalFailed.low, result.totalFailed.high)}).
      </p>
      <p>
        What the numbers mean: in each trial every infrastructure component failed on its own with probability {formatPercent(settings.infrastructure)} and
        every other component with probability {formatPercent(settings.other)}
        {settings.group
          ? `, and ${settings.group.members.map(label).join(', ')} failed together with probability ${formatPercent(settings.group.probability)}`
          : ''}
        ; the failures then spread through the dependencies by each component&rsquo;s rule. A component&rsquo;s probability is the share of trials in which it
        ended up down, and the range is a {level} confidence interval for it: with this many trials the true value, under these assumptions, very likely lies
        inside. More trials narrow the ranges. The input probabilities are assumptions to explore with, not measured outage rates.
      </p>

      {top.length === 0 ? (
        <p>No component failed in any trial. Raise the failure probabilities or the number of trials.</p>
      ) : (
        <div className="sim-table-wrap">
          <table className="sim-table" data-testid="mc-top-table">
            <caption>
              The {top.length === 1 ? 'component' : `${top.length} components`} most likely to be down
            </caption>
            <thead>
              <tr>
                <th scope="col">Component</th>
                <th scope="col">Type</th>
                <th scope="col">Probability of being down</th>
                <th scope="col">{level} interval</th>
                <th scope="col">Trials down</th>
              </tr>
            </thead>
            <tbody>
              {top.map((row) => (
                <tr key={row.id} data-node={row.id}>
                  <th scope="row">{label(row.id)}</th>
                  <td>{typeName(row.type)}</td>
                  <td className="sim-num">{formatPercent(row.probability)}</td>
                  <td className="sim-num">{formatPercentInterval(row.probability, row.low, row.high)}</td>
                  <td className="sim-num">{formatCount(row.failures)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="sim-table-wrap">
        <table className="sim-table" data-testid="mc-type-table">
          <caption>By type of component</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Components</th>
              <th scope="col">Mean down per trial</th>
              <th scope="col">{level} interval</th>
              <th scope="col">Probability at least one is down</th>
              <th scope="col">{level} interval</th>
            </tr>
          </thead>
          <tbody>
            {types.map((t) => (
              <tr key={t.type} data-type={t.type}>
                <th scope="row">{typeName(t.type)}</th>
                <td className="sim-num">{formatCount(t.nodes)}</td>
                <td className="sim-num">{formatMean(t.meanFailed)}</td>
                <td className="sim-num">{formatMeanInterval(t.meanFailed, t.low, t.high)}</td>
                <td className="sim-num">{formatPercent(t.probabilityAny)}</td>
                <td className="sim-num">{formatPercentInterval(t.probabilityAny, t.anyLow, t.anyHigh)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
