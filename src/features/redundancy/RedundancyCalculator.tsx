/**
 * The redundancy calculator island: pick a preset question, compare its strategies side by side, edit
 * every number and structure in place, and read availability, downtime, error budget, the best single
 * improvement and the naive-versus-correlated gap. All maths comes from src/engine/availability.
 * Rendered on the server (no window or location during render) and hydrated when visible.
 */
import { useEffect, useId, useMemo, useReducer, useState, type ReactNode } from 'react';
import { TIME_CONVENTIONS, type TimeConvention } from '../../engine/availability/index.ts';
import type { PresetGroup } from '../../lib/preset-schema.ts';
import { Notices } from '../shared/Notices.tsx';
import { calculatorReducer, initialState } from './calculator-state.ts';
import { parseSlo } from './calculator-fields.ts';
import { ComparisonChart } from './ComparisonChart.tsx';
import { toDraft } from './draft.ts';
import { evaluateDraft, type DraftOutcome } from './evaluate-draft.ts';
import { Choice, Field } from './Field.tsx';
import { StrategyCard } from './StrategyCard.tsx';
import { useCalculatorUrl } from './use-calculator-url.ts';
import type { WorkingFormula } from './working-formulas.ts';
import { WorkingPanel } from './WorkingPanel.tsx';

export interface RedundancyCalculatorProps {
  /** the preset groups the reader can choose from (one in an embed) */
  groups: PresetGroup[];
  /** id of the group shown first */
  initial: string;
  /** an embed in a glossary page: no group picker, no URL state, a link to the full tool */
  embedded?: boolean;
  /** address of the full tool page */
  toolUrl?: string;
}

/** The working's formulas, typeset at build time, arrive as named slots (RedundancyCalculator.astro). */
type Props = RedundancyCalculatorProps & Partial<Record<WorkingFormula, ReactNode>>;

const CONVENTIONS = (Object.keys(TIME_CONVENTIONS) as TimeConvention[]).map((id) => ({ value: id, label: TIME_CONVENTIONS[id].description }));
/** Monte Carlo trials for models too large to enumerate: enough for two significant digits, quick to type against. */
const MC_TRIALS = 100_000;

export default function RedundancyCalculator({ groups, initial, embedded = false, toolUrl = '/tools/redundancy/', ...formulas }: Props) {
  // useId, not a module counter: the server and the browser must agree on ids (Astro gives each island
  // its own prefix), or hydration leaves labels and SVG markers pointing at ids that do not exist.
  const uid = `rc${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const [state, dispatch] = useReducer(calculatorReducer, undefined, () => initialState(groups.find((g) => g.id === initial) ?? groups[0]!, embedded));
  const group = groups.find((g) => g.id === state.groupId) ?? groups[0]!;
  const { drafts, edited, lastGood, convention } = state;
  const slo = state.slo.value;
  const sloParsed = parseSlo(state.slo.text);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const shareHref = useCalculatorUrl(state, dispatch, { groups, group, embedded, toolUrl });
  // The strategy whose working is shown: the reader's pick, else the first (a pick from another question falls back too).
  const [workingPick, setWorkingPick] = useState<string | null>(null);
  const [workingOpen, setWorkingOpen] = useState(false);
  const workingId = group.strategies.some((s) => s.id === workingPick) ? workingPick! : group.strategies[0]!.id;
  const workingPanelId = `${uid}-working`;

  // Every strategy through the engine; a strategy whose fields do not read shows its last good system, stale.
  const outcomes = useMemo(() => {
    const options = { timeConvention: convention, slo, monteCarlo: { trials: MC_TRIALS } };
    return new Map<string, DraftOutcome>(group.strategies.map((s) => [s.id, evaluateDraft(drafts[s.id] ?? toDraft(s.system), options, lastGood[s.id] ?? s.system)]));
  }, [group, drafts, lastGood, convention, slo]);

  const rows = group.strategies.map((s) => {
    const o = outcomes.get(s.id)!;
    return {
      id: s.id,
      label: s.label,
      correlatedSeconds: o.result?.downtime.perYearSeconds ?? 0,
      independentSeconds: o.result?.independent?.downtime.perYearSeconds ?? null,
      stale: o.stale,
    };
  });

  return (
    <div className="rc" data-hydrated={hydrated ? 'true' : undefined} data-restored={state.restored && hydrated ? 'true' : undefined} data-group={group.id}>
      <Notices notices={state.notices} onDismiss={() => dispatch({ type: 'dismiss-notices' })} className="rc-notice" testId="rc-notice" />
      <div className="rc-settings no-print">
        {!embedded && groups.length > 1 && (
          <Choice
            label="Question"
            value={group.id}
            onChange={(id) => {
              const next = groups.find((g) => g.id === id);
              if (next) dispatch({ type: 'choose-group', group: next });
            }}
            options={groups.map((g) => ({ value: g.id, label: g.title }))} testId="rc-group" />
        )}
        <Choice label="Length of a year and a month" value={convention} onChange={(c) => dispatch({ type: 'set-convention', convention: c })} options={CONVENTIONS} hint="for the downtime figures: the same unavailability is more downtime in a longer month or year" testId="rc-convention" />
        <Field label="Availability target (SLO)" value={state.slo.text} onChange={(text) => dispatch({ type: 'type-slo', text })} error={sloParsed.ok ? undefined : sloParsed.error} note={sloParsed.ok ? sloParsed.note : undefined} hint="over a 30-day window, e.g. 99.9%" testId="rc-slo" />
      </div>
      <div className="rc-question">
        <h3>{group.title}</h3>
        <p>{group.question}</p>
        <p className="rc-hint print-only">
          Downtime uses a {TIME_CONVENTIONS[convention].description}; error budget against {sloParsed.ok ? state.slo.text : String(slo)}.
        </p>
      </div>
      <ComparisonChart rows={rows} id={`${uid}-chart`} convention={TIME_CONVENTIONS[convention].description} />
      <div className="rc-strategies">
        {group.strategies.map((s) => (
          <StrategyCard
            key={`${group.id}/${s.id}`}
            strategy={s}
            draft={drafts[s.id] ?? toDraft(s.system)}
            outcome={outcomes.get(s.id)!}
            lastGood={lastGood[s.id]}
            edited={edited.has(s.id)}
            onDraft={(next) => dispatch({ type: 'edit', strategy: s.id, draft: next })}
            onReset={() => dispatch({ type: 'reset', strategy: s.id, group })}
            onShowWorking={() => {
              setWorkingPick(s.id);
              setWorkingOpen(true);
            }}
            workingHref={`#${workingPanelId}`}
          />
        ))}
      </div>
      <WorkingPanel
        id={workingPanelId}
        open={workingOpen}
        onOpen={setWorkingOpen}
        strategies={group.strategies}
        selected={workingId}
        onSelect={setWorkingPick}
        system={outcomes.get(workingId)!.system ?? lastGood[workingId] ?? group.strategies.find((s) => s.id === workingId)!.system}
        result={outcomes.get(workingId)!.result}
        stale={outcomes.get(workingId)!.stale}
        convention={convention}
        formulas={formulas}
      />
      <details className="rc-sources">
        <summary>Where the numbers come from</summary>
        <p>{group.note}</p>
        {group.sources.length > 0 && (
          <ul>
            {group.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="external noopener">
                  {s.title}
                </a>
                , {s.publisher}, {s.year}: {s.note}.
              </li>
            ))}
          </ul>
        )}
      </details>
      <p className="rc-share no-print">
        {embedded ? (
          <>
            <a href={shareHref}>Open this comparison in the full redundancy calculator</a> to try other questions, or share a link to your numbers.
          </>
        ) : (
          <>
            <a href={shareHref} data-testid="rc-share">
              Link to this comparison with your numbers
            </a>{' '}
            (the page address also keeps it).
          </>
        )}
      </p>
    </div>
  );
}
