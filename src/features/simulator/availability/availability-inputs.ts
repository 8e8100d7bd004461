/**
 * What the reader typed into the availability panel, read: a figure per type of component (its default
 * until changed) and a figure of its own for some components, which wins over its type's. Each text is
 * read with the simulator's probability reader; a text that does not read is reported at its field and
 * left out of the figures, so the panel can hold back its results rather than show them for a number the
 * reader did not mean. Overrides of components no longer in the scenario are ignored. Pure.
 */
import { AVAILABILITY_DEFAULTS, FALLBACK_DEFAULT } from '../../../engine/service-availability/index.ts';
import { parseProbability, type Parsed } from '../simulator-fields.ts';
import type { SimScenario } from '../simulation.ts';

export interface AvailabilityTexts {
  /** per type, as typed; a type not here shows its default */
  byType: Readonly<Record<string, string>>;
  /** per component id, as typed: the components given their own availability */
  byNode: Readonly<Record<string, string>>;
}

export interface TypeInput {
  type: string;
  text: string;
  result: Parsed<number>;
}

export interface OverrideInput {
  id: string;
  label: string;
  type: string;
  text: string;
  result: Parsed<number>;
  /** the figure the component would have from its type, or null while the type's field does not read */
  typeFigure: number | null;
}

export interface AvailabilityInputs {
  types: TypeInput[];
  overrides: OverrideInput[];
  byType: Record<string, number>;
  byNode: Record<string, number>;
  /** the names of the fields that do not read, for "correct … above" */
  invalid: string[];
}

/** The engine's default for a type (AVAILABILITY_DEFAULTS), the neutral figure for a type it lacks. */
export const defaultAvailability = (type: string): number => ((AVAILABILITY_DEFAULTS as Record<string, typeof FALLBACK_DEFAULT>)[type] ?? FALLBACK_DEFAULT).availability;

export const typeText = (texts: AvailabilityTexts, type: string): string => texts.byType[type] ?? String(defaultAvailability(type));

export function readAvailabilityInputs(scenario: SimScenario, texts: AvailabilityTexts, typeName: (type: string) => string): AvailabilityInputs {
  const typeList = [...new Set(scenario.nodes.map((n) => n.type))].sort();
  const types = typeList.map((type) => {
    const text = typeText(texts, type);
    return { type, text, result: parseProbability(text) };
  });
  const byType = Object.fromEntries(types.flatMap(({ type, result }) => (result.ok ? [[type, result.value]] : [])));
  const overrides = scenario.nodes
    .filter((n) => Object.hasOwn(texts.byNode, n.id))
    .map((n) => {
      const text = texts.byNode[n.id]!;
      return { id: n.id, label: n.label, type: n.type, text, result: parseProbability(text), typeFigure: byType[n.type] ?? null };
    });
  const byNode = Object.fromEntries(overrides.flatMap(({ id, result }) => (result.ok ? [[id, result.value]] : [])));
  const invalid = [...types.filter((t) => !t.result.ok).map((t) => typeName(t.type)), ...overrides.filter((o) => !o.result.ok).map((o) => o.label)];
  return { types, overrides, byType, byNode, invalid };
}
