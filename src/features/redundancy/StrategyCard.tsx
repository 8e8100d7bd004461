/** One strategy of the chosen group: what it is, its results, and its editor. */
import { useEffect, useRef, useState } from 'react';
import type { SystemDescription } from '../../engine/availability/index.ts';
import type { PresetStrategy } from '../../lib/preset-schema.ts';
import { BlockEditor } from './BlockEditor.tsx';
import { DomainEditor } from './DomainEditor.tsx';
import type { DraftSystem } from './draft.ts';
import type { DraftOutcome } from './evaluate-draft.ts';
import { ResultPanel } from './ResultPanel.tsx';
import { StructureDiagram } from './StructureDiagram.tsx';

interface Props {
  strategy: PresetStrategy;
  draft: DraftSystem;
  outcome: DraftOutcome;
  /** the last valid system, drawn while a field is wrong */
  lastGood: SystemDescription | undefined;
  edited: boolean;
  onDraft: (next: DraftSystem) => void;
  onReset: () => void;
  /** show this strategy in the working panel, which `workingHref` points to */
  onShowWorking: () => void;
  workingHref: string;
}

export function StrategyCard({ strategy, draft, outcome, lastGood, edited, onDraft, onReset, onShowWorking, workingHref }: Props) {
  const testId = `rc-${strategy.id}`;
  const problems = Object.entries(outcome.errors);
  // The editor is drawn when opened: its fields need JavaScript anyway, and the page's HTML stays light.
  const [editing, setEditing] = useState(false);
  const editor = useRef<HTMLDetailsElement>(null);
  // Opened before hydration: its toggle event came before React listened.
  useEffect(() => setEditing(editor.current?.open ?? false), []);
  return (
    <section className="rc-card" aria-labelledby={`${testId}-title`} data-testid={testId} data-strategy={strategy.id}>
      <h3 id={`${testId}-title`}>
        {strategy.label}
        {edited && <span className="rc-edited"> (edited)</span>}
      </h3>
      <p className="rc-hint">{strategy.description}</p>
      {outcome.result ? <ResultPanel result={outcome.result} stale={outcome.stale} testId={`${testId}-result`} /> : <p className="rc-error">No result yet: fix the marked fields.</p>}
      <p className="rc-show-working no-print">
        <a href={workingHref} onClick={onShowWorking} data-testid={`${testId}-show-working`}>
          Show the working
        </a>
      </p>
      <details ref={editor} className="rc-editor no-print" onToggle={(e) => setEditing(e.currentTarget.open)}>
        <summary>Edit the numbers and structure</summary>
        {editing && (
          <>
            {(outcome.system ?? lastGood) ? (
              <StructureDiagram
                system={(outcome.system ?? lastGood)!}
                title={`Structure of ${strategy.label}: parts in a row are all needed; parts stacked between rails back each other up under the rule above them`}
                testId={`${testId}-diagram`}
              />
            ) : null}
            {problems.length > 0 && (
              <ul className="rc-problems" data-testid={`${testId}-problems`}>
                {problems.map(([field, message]) => (
                  <li key={field}>
                    <code>{field}</code>: {message}
                  </li>
                ))}
              </ul>
            )}
            <BlockEditor draft={draft} block={draft.root} address={[]} errors={outcome.errors} notes={outcome.notes} onDraft={onDraft} testId={`${testId}-root`} />
            <DomainEditor draft={draft} errors={outcome.errors} notes={outcome.notes} onDraft={onDraft} testId={testId} />
            {edited && (
              <button type="button" onClick={onReset}>
                Back to the preset numbers
              </button>
            )}
          </>
        )}
      </details>
    </section>
  );
}
