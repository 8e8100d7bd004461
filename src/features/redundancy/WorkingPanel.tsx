/**
 * "Show the working" for one strategy: each part on its own, every block with the reader's numbers in its
 * formula (the independent answer), then the correlated answer as a sum over the cases of the shared
 * domains, and why the two differ. The numbers come from the engine's workingOf; the symbolic formulas
 * are typeset at build time and arrive as slots (`formulas`).
 */
import { useMemo, type ReactNode } from 'react';
import {
  AvailabilityError,
  expectedDowntime,
  TIME_CONVENTIONS,
  workingOf,
  type AvailabilityResult,
  type SystemDescription,
  type TimeConvention,
  type Working,
} from '../../engine/availability/index.ts';
import { Choice } from './Field.tsx';
import { formatDuration, formatShare } from './result-text.ts';
import type { WorkingFormula } from './working-formulas.ts';
import { blockRule, caseName, formatProbability, formulaOf, nameList, percent, substitution } from './working-text.ts';

/** Cases listed one by one, biggest share of the downtime first; the rest are summed in one row. */
const LISTED_CASES = 6;

interface Props {
  id: string;
  /** open: the working is computed and drawn only then (it is not in the server's HTML, which stays light) */
  open: boolean;
  onOpen: (open: boolean) => void;
  strategies: readonly { id: string; label: string }[];
  selected: string;
  onSelect: (id: string) => void;
  system: SystemDescription;
  result: AvailabilityResult | null;
  stale: boolean;
  convention: TimeConvention;
  formulas: Partial<Record<WorkingFormula, ReactNode>>;
}

function Formula({ formulas, name }: { formulas: Props['formulas']; name: WorkingFormula }) {
  return formulas[name] ? <div className="rc-formula">{formulas[name]}</div> : null;
}

export function WorkingPanel({ id, open, onOpen, strategies, selected, onSelect, system, result, stale, convention, formulas }: Props) {
  const working = useMemo((): { ok: Working } | { error: string } | null => {
    if (!open) return null;
    try {
      return { ok: workingOf(system) };
    } catch (e) {
      if (e instanceof AvailabilityError) return { error: e.message };
      throw e;
    }
  }, [system, open]);
  const label = strategies.find((s) => s.id === selected)?.label ?? selected;
  return (
    <details className="rc-working" id={id} open={open} onToggle={(e) => onOpen(e.currentTarget.open)} data-testid="rc-working" data-strategy={selected}>
      <summary>
        <h3 className="rc-working-title">Show the working</h3>
      </summary>
      {working && (
        <>
          <Choice label="Strategy" value={selected} onChange={onSelect} options={strategies.map((s) => ({ value: s.id, label: s.label }))} testId="rc-working-strategy" />
          {stale && <p className="rc-stale-note">Shown for the last valid numbers of {label}: a field is wrong.</p>}
          {'error' in working ? <p className="rc-error">No working to show: {working.error}.</p> : <Steps working={working.ok} result={result} convention={convention} formulas={formulas} />}
        </>
      )}
    </details>
  );
}

function Steps({ working, result, convention, formulas }: { working: Working; result: AvailabilityResult | null; convention: TimeConvention; formulas: Props['formulas'] }) {
  const { parts, blocks, shared } = working;
  return (
    <>
      <h4>1. Each part on its own</h4>
      <p>A part is up when it and every failure domain it lives in are up. Taken alone, its availability is its own figure times theirs:</p>
      <Formula formulas={formulas} name="fPart" />
      <div className="rc-scroll">
        <table className="rc-working-parts rc-stack" data-testid="rc-working-parts">
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Own</th>
              <th scope="col">Times its domains</th>
              <th scope="col">Alone</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((p) => (
              <tr key={p.path}>
                <th scope="row">{p.label}</th>
                <td data-label="Own">{percent(p.own)}</td>
                <td data-label="Times its domains">{p.factors.length === 0 ? 'none' : p.factors.map((f) => `× ${f.label} ${percent(f)}${f.shared ? ' (shared)' : ''}`).join(' ')}</td>
                <td data-label="Alone">{percent(p.alone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h4>2. Combined as if every failure were independent</h4>
      {blocks.length === 0 ? (
        <p>The system is this one part, so its availability alone is the answer: {percent(working.independent)}.</p>
      ) : (
        <>
          <p>Each block combines its parts’ values, innermost first (U is an unavailability, 1 − A):</p>
          <ol className="rc-steps">
            {blocks.map((b, i) => (
              <li key={b.path} data-testid={`rc-working-block-${i}`} data-kind={b.kind}>
                <p>
                  <strong>{b.label}</strong>: {blockRule(b)}.
                </p>
                <Formula formulas={formulas} name={formulaOf(b)} />
                <p className="rc-substitution" data-testid={`rc-working-block-${i}-numbers`}>
                  {substitution(b)}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      <p data-testid="rc-working-independent">
        <strong>Independent answer:</strong> {percent(working.independent)} available, U = {formatProbability(working.independent.q)}.
      </p>

      <h4>3. Each shared failure counted once</h4>
      <Correlated working={working} result={result} convention={convention} formulas={formulas} />
      {shared.length > 0 && working.correlated && (
        <p data-testid="rc-working-why">
          <strong>Why the answers differ:</strong> step 2 multiplies {nameList(shared.map((s) => s.label))} into every part that lives in {shared.length > 1 ? 'them' : 'it'}, as if each part had a
          private copy, so a failure there is counted as many small independent failures. Step 3 counts it once, as the cases above, in which every part inside is down together. Correlated
          unavailability {formatProbability(working.correlated.q)} against {formatProbability(working.independent.q)} independent.
        </p>
      )}
    </>
  );
}

function Correlated({ working, result, convention, formulas }: { working: Working; result: AvailabilityResult | null; convention: TimeConvention; formulas: Props['formulas'] }) {
  const { shared, cases, correlated } = working;
  if (shared.length === 0) {
    return (
      <p data-testid="rc-working-correlated">No failure domain is shared by two parts, so nothing is counted twice: the correlated answer is the independent one, {percent(working.independent)}.</p>
    );
  }
  if (!cases || !correlated) {
    return (
      <p data-testid="rc-working-correlated">
        The cases cannot be listed here: {working.casesNote}. {result ? `The answer above is the engine’s (${result.methodNote}).` : ''}
      </p>
    );
  }
  // Biggest share of the downtime first: the cases that explain the answer.
  const ranked = cases.map((c) => ({ c, down: c.probability * c.given.q })).sort((x, y) => y.down - x.down);
  const listed = ranked.slice(0, LISTED_CASES);
  const rest = ranked.slice(LISTED_CASES);
  const total = correlated.q > 0 ? correlated.q : 1;
  const year = TIME_CONVENTIONS[convention].yearDays;
  return (
    <>
      <p>
        {shared.length === 1 ? 'One domain is shared' : `${shared.length} domains are shared`}: {nameList(shared.map((s) => s.label))}. For each state s of
        {shared.length === 1 ? ' it' : ' them'} (up or down), the parts are independent again: a part inside a failed domain is down, the others are worked out as in step 2. The answer is the average
        over the {cases.length} states, weighted by their probability:
      </p>
      <Formula formulas={formulas} name="fTotal" />
      <div className="rc-scroll">
        <table className="rc-working-cases rc-stack" data-testid="rc-working-cases">
          <thead>
            <tr>
              <th scope="col">State s</th>
              <th scope="col">P(s)</th>
              <th scope="col">A(system | s)</th>
              <th scope="col">P(s) × U(s)</th>
              <th scope="col">Share of downtime</th>
            </tr>
          </thead>
          <tbody>
            {listed.map(({ c, down }, i) => (
              <tr key={i} data-testid={`rc-working-case-${i}`}>
                <th scope="row">{caseName(c, working)}</th>
                <td data-label="P(s)">{formatProbability(c.probability)}</td>
                <td data-label="A(system | s)">{percent(c.given)}</td>
                <td data-label="P(s) × U(s)">{formatProbability(down)}</td>
                <td data-label="Share of downtime">{formatShare(down / total)}</td>
              </tr>
            ))}
            {rest.length > 0 && (
              <tr>
                <th scope="row">{rest.length} other states</th>
                <td data-label="P(s)">{formatProbability(rest.reduce((s, x) => s + x.c.probability, 0))}</td>
                <td data-label="A(system | s)">–</td>
                <td data-label="P(s) × U(s)">{formatProbability(rest.reduce((s, x) => s + x.down, 0))}</td>
                <td data-label="Share of downtime">{formatShare(rest.reduce((s, x) => s + x.down, 0) / total)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <p data-testid="rc-working-correlated">
        <strong>Correlated answer:</strong> U ={' '}
        {joinSum(
          listed.map((x) => x.down),
          rest.length,
        )}{' '}
        = {formatProbability(correlated.q)}, so A = {percent(correlated)}. Expected downtime a year: U × {year} days = {formatDuration(expectedDowntime(correlated.q, convention).perYearSeconds)}.
      </p>
    </>
  );
}

function joinSum(terms: number[], others: number): string {
  return `${terms.map(formatProbability).join(' + ')}${others ? ` + (${others} other states)` : ''}`;
}
