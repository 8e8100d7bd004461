/**
 * The redundancy calculator island: pick a preset question, compare its strategies side by side, edit
 * every number and structure in place, and read availability, downtime, error budget, the best single
 * improvement and the naive-versus-correlated gap. All maths comes from src/engine/availability.
 * Rendered on the server (no window or location during render) and hydrated when visible.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { type SystemDescription, TIME_CONVENTIONS, type TimeConvention } from '../../engine/availability/index.ts';
import type { PresetGroup } from '../../lib/preset-schema.ts';
import { ComparisonChart } from './ComparisonChart.tsx';
import { toDraft, type DraftSystem } from './draft.ts';
import { evaluateDraft, type DraftOutcome } from './evaluate-draft.ts';
import { Choice, Field } from './Field.tsx';
import { parseSlo } from './calculator-fields.ts';
import { StrategyCard } from './StrategyCard.tsx';
import { decodeEdits, encodeEdits, readShareParams, writeShareParams } from './calculator-url.ts';
import { Notices } from '../shared/Notices.tsx';

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

export const DEFAULT_SLO = 0.999;
const CONVENTIONS = (Object.keys(TIME_CONVENTIONS) as TimeConvention[]).map((id) => ({ value: id, label: TIME_CONVENTIONS[id].description }));
/** Monte Carlo trials for models too large to enumerate: enough for two significant digits, quick to type against. */
const MC_TRIALS = 100_000;

const presetDrafts = (group: PresetGroup): Record<string, DraftSystem> => Object.fromEntries(group.strategies.map((s) => [s.id, toDraft(s.system)]));


export default function RedundancyCalculator({ groups, initial, embedded = false, toolUrl = '/tools/redundancy/' }: RedundancyCalculatorProps) {
  // useId, not a module counter: the server and the browser must agree on ids (Astro gives each island
  // its own prefix), or hydration leaves labels and SVG markers pointing at ids that do not exist.
  const uid = `rc${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const [groupId, setGroupId] = useState(() => (groups.some((g) => g.id === initial) ? initial : groups[0]!.id));
  const group = groups.find((g) => g.id === groupId) ?? groups[0]!;
  const [drafts, setDrafts] = useState(() => presetDrafts(group));
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());
  const [convention, setConvention] = useState<TimeConvention>('calendar');
  const [sloText, setSloText] = useState('99.9%');
  const [notices, setNotices] = useState<string[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const [restored, setRestored] = useState(embedded);
  const [shareHref, setShareHref] = useState(`${toolUrl}?group=${group.id}`);
  const lastGood = useRef(new Map<string, SystemDescription>());
  const lastSlo = useRef(DEFAULT_SLO);

  const sloParsed = parseSlo(sloText);
  if (sloParsed.ok) lastSlo.current = sloParsed.value;
  const slo = lastSlo.current;

  const outcomes = useMemo(() => {
    const options = { timeConvention: convention, slo, monteCarlo: { trials: MC_TRIALS } };
    const out = new Map<string, DraftOutcome>();
    for (const s of group.strategies) {
      const outcome = evaluateDraft(drafts[s.id] ?? toDraft(s.system), options, lastGood.current.get(s.id) ?? s.system);
      if (outcome.system) lastGood.current.set(s.id, outcome.system);
      out.set(s.id, outcome);
    }
    return out;
  }, [group, drafts, convention, slo]);

  const chooseGroup = (id: string) => {
    const next = groups.find((g) => g.id === id);
    if (!next) return;
    lastGood.current.clear();
    setGroupId(id);
    setDrafts(presetDrafts(next));
    setEdited(new Set());
  };

  const editDraft = (strategy: string, next: DraftSystem) => {
    setDrafts((d) => ({ ...d, [strategy]: next }));
    setEdited((e) => new Set([...e, strategy]));
  };

  const resetDraft = (strategy: string) => {
    const preset = group.strategies.find((s) => s.id === strategy);
    if (!preset) return;
    lastGood.current.delete(strategy);
    setDrafts((d) => ({ ...d, [strategy]: toDraft(preset.system) }));
    setEdited((e) => new Set([...e].filter((x) => x !== strategy)));
  };

  useEffect(() => setHydrated(true), []);

  // Restore shared state from the URL once (full tool only). Until then the preset is shown.
  useEffect(() => {
    if (embedded) return;
    const read = readShareParams(new URLSearchParams(location.search), groups);
    const problems = [...read.problems];
    const target = groups.find((g) => g.id === read.state.group) ?? groups.find((g) => g.id === groupId) ?? groups[0]!;
    if (read.state.convention) setConvention(read.state.convention);
    if (read.state.slo !== undefined) setSloText(String(read.state.slo));
    void (async () => {
      const next = presetDrafts(target);
      const changed = new Set<string>();
      if (read.edits) {
        const decoded = await decodeEdits(read.edits, target);
        problems.push(...decoded.problems);
        for (const [id, system] of decoded.edits) {
          next[id] = toDraft(system);
          changed.add(id);
        }
      }
      lastGood.current.clear();
      setGroupId(target.id);
      setDrafts(next);
      setEdited(changed);
      setNotices(problems);
      setRestored(true);
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on load
  }, []);

  // Keep the URL (and the share link) in step with the state.
  useEffect(() => {
    if (!restored) return;
    let cancelled = false;
    void (async () => {
      const systems = new Map<string, SystemDescription>();
      for (const id of edited) {
        const system = outcomes.get(id)?.system ?? lastGood.current.get(id);
        if (system) systems.set(id, system);
      }
      const encoded = systems.size ? await encodeEdits(systems) : null;
      if (cancelled) return;
      const params = new URLSearchParams(embedded ? '' : location.search);
      writeShareParams(params, { group: group.id, convention, slo }, encoded);
      setShareHref(`${toolUrl}?${params}`);
      if (!embedded) history.replaceState(null, '', `${location.pathname}?${params}${location.hash}`);
    })();
    return () => {
      cancelled = true;
    };
  }, [restored, embedded, edited, outcomes, group.id, convention, slo, toolUrl]);

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
    <div className="rc" data-hydrated={hydrated ? 'true' : undefined} data-restored={restored && hydrated ? 'true' : undefined} data-group={group.id}>
      <Notices notices={notices} onDismiss={() => setNotices([])} className="rc-notice" testId="rc-notice" />
      <div className="rc-settings no-print">
        {!embedded && groups.length > 1 && (
          <Choice label="Question" value={group.id} onChange={chooseGroup} options={groups.map((g) => ({ value: g.id, label: g.title }))} testId="rc-group" />
        )}
        <Choice label="Length of a year and a month" value={convention} onChange={setConvention} options={CONVENTIONS} testId="rc-convention" />
        <Field label="Availability target (SLO)" value={sloText} onChange={setSloText} error={sloParsed.ok ? undefined : sloParsed.error} note={sloParsed.ok ? sloParsed.note : undefined} hint="over a 30-day window, e.g. 99.9%" testId="rc-slo" />
      </div>
      <div className="rc-question">
        <h3>{group.title}</h3>
        <p>{group.question}</p>
        <p className="rc-hint print-only">
          Downtime uses a {TIME_CONVENTIONS[convention].description}; error budget against {sloParsed.ok ? sloText : String(slo)}.
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
            edited={edited.has(s.id)}
            onDraft={(next) => editDraft(s.id, next)}
            onReset={() => resetDraft(s.id)}
          />
        ))}
      </div>
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
