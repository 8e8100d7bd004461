/**
 * Monte Carlo over random and correlated failures: every component fails on its own with a small
 * probability per trial (one value for infrastructure, one for the rest), optionally a group of
 * infrastructure components (one provider) fails together, failures spread by the graph's rules, and
 * the panel counts how often each component and each type ends up down. Runs in a Web Worker
 * (use-monte-carlo-worker.ts) with a progress bar and a Cancel button; the results are MonteCarloResults.
 */
import { useMemo, useState } from 'react';
import type { FailureGroup, Graph, MonteCarloResult } from '../../../engine/contagion/index.ts';
import { TextField, SelectField } from '../fields.tsx';
import { graphFingerprint, isInfrastructure, type McRequest } from './monte-carlo-protocol.ts';
import { MonteCarloResults, type RunSettings } from './MonteCarloResults.tsx';
import { useMonteCarloWorker } from './use-monte-carlo-worker.ts';
import { formatCount, parseProbability, parseSeed, parseWhole, type Parsed } from '../simulator-fields.ts';

export const MC_MIN_TRIALS = 100;
export const MC_MAX_TRIALS = 1_000_000;
const CONFIDENCE = 0.95;

interface Finished {
  result: MonteCarloResult;
  settings: RunSettings;
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
  const [finished, setFinished] = useState<Finished | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const worker = useMonteCarloWorker();
  const { progress } = worker;

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

  const start = () => {
    if (!(trials.ok && pInfra.ok && pOther.ok && seed.ok && (!groupOn || pGroup.ok))) {
      setProblem('Some values above are not valid yet: correct the fields with a message, then run again.');
      return;
    }
    setProblem(null);
    const settings: RunSettings = {
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
    const started = worker.run(request, {
      onDone: (result) => {
        setFinished({ result, settings, fingerprint: runFingerprint });
        setAnnounce(`Finished ${formatCount(result.trials)} trials. Results below.`);
      },
      onError: (message) => {
        setProblem(message);
        setAnnounce('');
      },
    });
    if (started) setAnnounce(`Running ${formatCount(settings.trials)} trials…`);
  };

  const cancel = () => {
    const done = worker.cancel();
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

      {finished && <MonteCarloResults result={finished.result} settings={finished.settings} label={label} stale={finished.fingerprint !== fingerprint} />}
    </div>
  );
}
