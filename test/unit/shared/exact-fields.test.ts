// Issue 11, items 10 and 11: both islands read decimals and percentages with one parser, exactly.
// "33.3%" must be the threshold 333/1000 (binary division gives 0.33299999999999996, a smaller
// threshold that a strict rule crosses at 333 of 1,000), "0.7%" is an ordinary fraction, and an
// availability typed as "99.9" is read as 99.9% and says so.
import { describe, expect, test } from 'vitest';
import { readFraction, readNumber } from '../../../src/features/shared/number-fields.ts';
import { parseFraction, parseProbability as parseSimulatorProbability } from '../../../src/features/simulator/simulator-fields.ts';
import { simulate, type SimScenario } from '../../../src/features/simulator/simulation.ts';
import { parseAvailability, parseProbability, parseSlo } from '../../../src/features/redundancy/calculator-fields.ts';
import { fromDraft, toDraft } from '../../../src/features/redundancy/draft.ts';
import { readShareParams } from '../../../src/features/redundancy/calculator-url.ts';
import { PRESET_GROUPS } from '../content-files.ts';

describe('the shared reader', () => {
  test('a percentage is the decimal the text says, not a binary quotient', () => {
    // The expected values are the decimals written out: 33.3% is the double nearest 0.333.
    expect(readFraction('33.3%')).toBe(0.333);
    expect(readFraction('33.3%')).not.toBe(33.3 / 100);
    expect(readFraction('0.7%')).toBe(0.007);
    expect(readFraction('99.9%')).toBe(0.999);
    expect(readFraction(' 1e-3 % ')).toBe(0.00001);
    expect(readFraction('-5%')).toBe(-0.05);
    expect(readFraction('12,500%', { grouped: true })).toBe(125);
  });

  test('ratios only where allowed; blank is null and anything else NaN', () => {
    expect(readFraction('2/3', { ratio: true })).toBe(2 / 3);
    expect(readFraction('2/3')).toBeNaN();
    expect(readFraction('1/0', { ratio: true })).toBeNaN();
    expect(readFraction('  ')).toBeNull();
    expect(readFraction('%')).toBeNull();
    expect(readFraction('x%')).toBeNaN();
    expect(readNumber('20,000')).toBeNaN();
    expect(readNumber('20,000', { grouped: true })).toBe(20000);
  });
});

describe('the simulator reads fractions exactly', () => {
  const ok = (p: { ok: boolean; value?: number }) => (p.ok ? p.value : 'error');

  test('33.3%, 0.7% and 1/3 as fractions, and 0.7% as a probability', () => {
    expect(ok(parseFraction('33.3%'))).toBe(0.333);
    expect(ok(parseFraction('0.7%'))).toBe(0.007);
    expect(ok(parseFraction('1/3'))).toBe(1 / 3);
    expect(ok(parseSimulatorProbability('0.7%'))).toBe(0.007);
  });

  test('a strict 33.3% threshold stays up with 333 of 1,000 failed weight, and fails with 334', () => {
    const fraction = parseFraction('33.3%');
    if (!fraction.ok) throw new Error(fraction.error);
    const scenario = (failedWeight: number): SimScenario => ({
      id: 'exact',
      title: 'Exact threshold',
      nodes: [
        { id: 'small', label: 'Small', type: 'validator_set' },
        { id: 'large', label: 'Large', type: 'validator_set' },
        { id: 'chain', label: 'Chain', type: 'chain', rule: { kind: 'threshold', fraction: fraction.value, strict: true } },
      ],
      edges: [
        { from: 'chain', to: 'small', weight: failedWeight },
        { from: 'chain', to: 'large', weight: 1000 - failedWeight },
      ],
      trigger: { seeds: ['small'], description: 'The small validator set fails.' },
    });
    expect(simulate(scenario(333), ['small']).outcome.status.get('chain')).toBe('up');
    expect(simulate(scenario(334), ['small']).outcome.status.get('chain')).toBe('down');
  });
});

describe('the calculator reads "99.9" in an availability field as 99.9%', () => {
  test('and shows how it read it', () => {
    expect(parseAvailability('99.9')).toEqual({ ok: true, value: 0.999, note: 'Read as 99.9% = 0.999.' });
    expect(parseAvailability('99.99')).toEqual({ ok: true, value: 0.9999, note: 'Read as 99.99% = 0.9999.' });
    expect(parseAvailability('0.999')).toEqual({ ok: true, value: 0.999 });
    expect(parseAvailability('100')).toEqual({ ok: true, value: 1, note: 'Read as 100% = 1.' });
    expect(parseAvailability('101').ok).toBe(false);
    expect(parseSlo('99.95')).toEqual({ ok: true, value: 0.9995, note: 'Read as 99.95% = 0.9995.' });
  });

  test('only availabilities: an unavailability above 1, or an SLO of 2 in a link, is still an error', () => {
    expect(parseProbability('99.9').ok).toBe(false);
    expect(readShareParams(new URLSearchParams('slo=2'), PRESET_GROUPS).state.slo).toBeUndefined();
  });

  test('in a strategy, the field is accepted, the system gets 0.999 and the note is kept for the field', () => {
    const system = PRESET_GROUPS.find((g) => g.id === 'rpc-access')!.strategies[0]!.system;
    const draft = toDraft(system);
    if (draft.root.type !== 'component') throw new Error('the single-endpoint preset is one component');
    const typed = { ...draft, root: { ...draft.root, probability: { ...draft.root.probability, mode: 'availability' as const, value: '99.9' } } };
    const read = fromDraft(typed);
    expect(read.errors).toEqual({});
    expect(read.system?.root).toMatchObject({ availability: 0.999 });
    expect(read.notes).toEqual({ 'root.availability': 'Read as 99.9% = 0.999.' });
  });
});
