/**
 * A component's own availability, in place of its type's: pick a component, give it a figure, clear it
 * to return to its type's. Each row says which figure it replaces, so what comes from the type and
 * what the reader set stay told apart.
 */
import { useId, useRef, useState } from 'react';
import { TextField } from '../fields.tsx';
import type { SimScenario } from '../simulation.ts';
import type { OverrideInput } from './availability-inputs.ts';

interface Props {
  scenario: SimScenario;
  overrides: readonly OverrideInput[];
  typeName: (type: string) => string;
  percent: (a: number) => string;
  onAdd: (id: string) => void;
  onText: (id: string, text: string) => void;
  onClear: (id: string) => void;
}

export function ComponentOverrides({ scenario, overrides, typeName, percent, onAdd, onText, onClear }: Props) {
  const uid = useId();
  const given = new Set(overrides.map((o) => o.id));
  const choices = scenario.nodes.filter((n) => !given.has(n.id));
  const [picked, setPicked] = useState('');
  // Keyboard readers keep their place: a new override's field takes the focus, and a cleared one hands
  // it to the component picker, once React has drawn the change.
  const box = useRef<HTMLFieldSetElement>(null);
  const focusSoon = (selector: string) => requestAnimationFrame(() => box.current?.querySelector<HTMLElement>(selector)?.focus());
  const chosen = choices.some((n) => n.id === picked) ? picked : (choices[0]?.id ?? '');
  return (
    <fieldset ref={box} className="sim-fieldset" data-testid="sim-availability-overrides">
      <legend>A component’s own availability (wins over its type’s)</legend>
      {overrides.length === 0 && <p className="sim-muted">Every component has its type’s availability above.</p>}
      {overrides.map((o) => (
        <div className="sim-form-row" key={o.id} data-override={o.id}>
          <TextField
            label={`${o.label}: its own`}
            value={o.text}
            onChange={(text) => onText(o.id, text)}
            error={o.result.ok ? null : o.result.error}
            hint={`in place of the ${typeName(o.type)} figure${o.typeFigure === null ? '' : `, ${percent(o.typeFigure)}`}`}
            inputMode="decimal"
            testId={`sim-override-${o.id}`}
          />
          <div className="sim-field sim-field-button">
            <button type="button" onClick={() => {
                onClear(o.id);
                focusSoon('[data-testid="sim-override-pick"]');
              }} data-testid={`sim-override-${o.id}-clear`}>
              Clear: back to the {typeName(o.type)} figure
            </button>
          </div>
        </div>
      ))}
      {choices.length > 0 && (
        <div className="sim-form-row">
          <div className="sim-field">
            <label htmlFor={`${uid}-pick`}>Component</label>
            <select id={`${uid}-pick`} value={chosen} onChange={(e) => setPicked(e.target.value)} data-testid="sim-override-pick">
              {choices.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </select>
          </div>
          <div className="sim-field sim-field-button">
            <button type="button" onClick={() => {
                if (!chosen) return;
                onAdd(chosen);
                focusSoon(`[data-testid="sim-override-${CSS.escape(chosen)}"]`);
              }} data-testid="sim-override-add">
              Give it its own availability
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
