/**
 * The redundancy calculator's preset comparisons (content/presets/*.json): each file is one question
 * with the strategies to compare side by side. Every system is checked by the availability engine's
 * own schema, so a preset is exactly as valid as anything a reader could type. Kept apart from the
 * loader (presets.ts) so that unit tests can validate the files without Vite.
 */
import { z } from 'zod';
import { systemSchema } from '../engine/availability/schema.ts';
import { KEBAB_CASE } from './slug.ts';

const id = z.string().regex(KEBAB_CASE, { error: 'ids are kebab-case, e.g. "rpc-access"' });
const text = z.string().trim().min(1, { error: 'must not be empty' });

const presetSourceSchema = z.strictObject({
  title: text,
  publisher: text,
  year: z.int().min(1900).max(2100),
  url: z.url({ protocol: /^https?$/, error: 'url must be an absolute http(s) URL' }),
  /** what this source supports, in a few words */
  note: text,
});

const presetStrategySchema = z.strictObject({
  id,
  label: text,
  description: text,
  system: systemSchema,
});

export const presetGroupSchema = z
  .strictObject({
    id,
    /** position in the calculator's list of questions (1 is shown first) */
    order: z.int().min(1),
    title: text,
    question: text,
    /** where the numbers come from, in words */
    note: text,
    sources: z.array(presetSourceSchema),
    strategies: z.array(presetStrategySchema).min(2, { error: 'a comparison needs at least two strategies' }),
  })
  .superRefine((group, ctx) => {
    const seen = new Set<string>();
    group.strategies.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['strategies', i, 'id'], message: `duplicate strategy id "${s.id}"` });
      seen.add(s.id);
    });
  });

export type PresetGroup = z.output<typeof presetGroupSchema>;
export type PresetStrategy = PresetGroup['strategies'][number];
export type PresetSource = PresetGroup['sources'][number];

const pathText = (path: readonly PropertyKey[]) => path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), '');

/** Reads one preset file; throws an Error naming the file and, for each problem, the field. */
export function parsePresetFile(text: string, fileName: string): PresetGroup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${fileName}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = presetGroupSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${fileName}: ${i.path.length ? `${pathText(i.path)}: ` : ''}${i.message}`);
    throw new Error(lines.length === 1 ? lines[0] : `${fileName}: ${lines.length} problems\n${lines.join('\n')}`);
  }
  const expected = `${parsed.data.id}.json`;
  if (!fileName.endsWith(`/${expected}`) && fileName !== expected) throw new Error(`${fileName}: id "${parsed.data.id}" must match the file name`);
  return parsed.data;
}

/** The groups in the calculator's order; two files may not claim the same place. */
export function orderPresetGroups(groups: readonly PresetGroup[]): PresetGroup[] {
  const byOrder = new Map<number, string>();
  for (const g of groups) {
    const other = byOrder.get(g.order);
    if (other !== undefined) throw new Error(`content/presets: "${g.id}" and "${other}" both have order ${g.order}`);
    byOrder.set(g.order, g.id);
  }
  if (groups.length === 0) throw new Error('content/presets holds no preset: the calculator needs at least one');
  return [...groups].sort((a, b) => a.order - b.order);
}
