/**
 * Edits one block of a strategy in place, and its parts recursively: a component's probability and
 * domains, k of a k-of-n block, a threshold block's share, comparison and weights, adding and removing
 * parts. Every change goes through `onDraft` as a new draft.
 */
import type { DraftBlock, DraftSystem, FieldErrors, FieldNotes } from './draft.ts';
import { addPart, enginePath, removePart, setComponentDomain, updateBlock, type BlockAddress } from './draft-edits.ts';
import { formatPath } from '../../engine/availability/index.ts';
import { Choice, Field } from './Field.tsx';
import { ProbabilityEditor } from './ProbabilityEditor.tsx';

interface Props {
  draft: DraftSystem;
  block: DraftBlock;
  address: BlockAddress;
  errors: FieldErrors;
  notes: FieldNotes;
  onDraft: (next: DraftSystem) => void;
  testId: string;
}

const COMPARISONS = [
  { value: 'at-least', label: 'at least' },
  { value: 'more-than', label: 'more than' },
] as const;

const domainName = (draft: DraftSystem, id: string): string => {
  const d = draft.domains.find((x) => x.id === id);
  return d?.label ?? d?.id ?? id;
};

/** The domains that hold domain `id`, nearest first (a cycle, which the engine refuses, stops the walk). */
function ancestorsOf(draft: DraftSystem, id: string): string[] {
  const out: string[] = [];
  for (let d = draft.domains.find((x) => x.id === id); d?.parent && !out.includes(d.parent); d = draft.domains.find((x) => x.id === d!.parent)) out.push(d.parent);
  return out;
}

/** "East, zone 1 (inside Region east, Hyperscaler)", or that it shares nothing. */
function livesIn(draft: DraftSystem, own: readonly string[]): string {
  if (own.length === 0) return 'no failure domain (it fails on its own)';
  const above = [...new Set(own.flatMap((id) => ancestorsOf(draft, id)))].filter((id) => !own.includes(id));
  return `${own.map((id) => domainName(draft, id)).join(', ')}${above.length ? ` (inside ${above.map((id) => domainName(draft, id)).join(', ')})` : ''}`;
}

export function blockName(block: DraftBlock, address: BlockAddress): string {
  return block.label ?? block.id ?? (address.length ? `part ${address.map((i) => i + 1).join('.')}` : 'the system');
}

export function BlockEditor({ draft, block, address, errors, notes, onDraft, testId }: Props) {
  const path = formatPath(enginePath(address));
  const name = blockName(block, address);
  const set = (update: (b: DraftBlock) => DraftBlock) => onDraft(updateBlock(draft, address, update));

  if (block.type === 'component') {
    return (
      <div className="rc-block rc-component" data-testid={testId}>
        <p className="rc-block-title">{name}</p>
        <ProbabilityEditor name={name} value={block.probability} path={path} errors={errors} notes={notes} testId={`${testId}-p`} onChange={(probability) => set((b) => ({ ...b, probability }) as DraftBlock)} />
        {draft.domains.length > 0 && (
          // The picker opens on request: a summary says where the part lives, domains above its own are shown as implied.
          <details className="rc-domains-pick" data-testid={`${testId}-domains`}>
            <summary>
              {name} lives in: {livesIn(draft, block.domains)}
            </summary>
            <fieldset>
              <legend className="visually-hidden">Failure domains of {name}</legend>
              {draft.domains.map((d) => {
                const through = block.domains.includes(d.id) ? undefined : block.domains.find((own) => ancestorsOf(draft, own).includes(d.id));
                return (
                  <label key={d.id}>
                    <input type="checkbox" checked={block.domains.includes(d.id) || through !== undefined} disabled={through !== undefined} onChange={(e) => onDraft(setComponentDomain(draft, address, d.id, e.target.checked))} />{' '}
                    {domainName(draft, d.id)}
                    {through !== undefined && <span className="rc-hint"> (through {domainName(draft, through)})</span>}
                  </label>
                );
              })}
              {errors[`${path}.domains`] && <span className="rc-error">{errors[`${path}.domains`]}</span>}
            </fieldset>
          </details>
        )}
      </div>
    );
  }

  // The beta factor applies to redundant groups whose parts are components (the engine's rule).
  const betaField =
    block.type !== 'series' && block.parts.every((part) => part.type === 'component') ? (
      <Field
        label={`Common-cause share β (${name}, optional)`}
        value={block.beta ?? ''}
        onChange={(beta) => set((b) => ({ ...b, beta }) as DraftBlock)}
        error={errors[`${path}.beta`]}
        hint="share of each part's failures that take every part down at once, e.g. 0.05; empty for none"
        testId={`${testId}-beta`}
      />
    ) : null;

  const rule =
    block.type === 'series' ? (
      <p className="rc-hint">Every part is needed.</p>
    ) : block.type === 'k-of-n' ? (
      <Field label={`Parts of ${name} that must be up (k of ${block.parts.length})`} value={block.k} onChange={(k) => set((b) => ({ ...b, k }) as DraftBlock)} error={errors[`${path}.k`]} testId={`${testId}-k`} />
    ) : (
      <div className="rc-threshold">
        <Choice label="Up when the weight up is" value={block.comparison} onChange={(comparison) => set((b) => ({ ...b, comparison }) as DraftBlock)} options={COMPARISONS} />
        <Field label={`Share of total weight (${name})`} value={block.share} onChange={(share) => set((b) => ({ ...b, share }) as DraftBlock)} error={errors[`${path}.share`]} hint="e.g. 2/3, 0.5 or 50%" testId={`${testId}-share`} />
        {errors[`${path}.weights`] && <span className="rc-error">{errors[`${path}.weights`]}</span>}
      </div>
    );

  return (
    <div className="rc-block" data-testid={testId}>
      <p className="rc-block-title">
        {name} <span className="rc-hint">({block.type === 'series' ? 'series' : block.type === 'k-of-n' ? `${block.k || '?'} of ${block.parts.length}` : 'weighted threshold'})</span>
      </p>
      {rule}
      {betaField}
      <ol className="rc-parts">
        {block.parts.map((part, i) => (
          <li key={i}>
            {block.type === 'threshold' && (
              <Field
                label={`Weight of ${blockName(part, [...address, i])}`}
                value={block.weights[i] ?? ''}
                onChange={(w) => set((b) => (b.type === 'threshold' ? { ...b, weights: b.weights.map((x, j) => (j === i ? w : x)) } : b))}
                error={errors[`${path}.weights[${i}]`]}
                testId={`${testId}-w${i}`}
              />
            )}
            <BlockEditor draft={draft} block={part} address={[...address, i]} errors={errors} notes={notes} onDraft={onDraft} testId={`${testId}-${i}`} />
            {block.parts.length > 1 && (
              <button type="button" className="rc-remove" onClick={() => onDraft(removePart(draft, address, i))}>
                Remove {blockName(part, [...address, i])}
              </button>
            )}
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onDraft(addPart(draft, address))} data-testid={`${testId}-add`}>
        Add a part to {name}
      </button>
    </div>
  );
}
