// Properties every availability model must have, checked on random systems (fast-check), plus the
// precision requirements: unavailability computed directly, never as 1 - availability.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { complement, type Block, type SystemDescription } from '../../../../src/engine/availability/index.ts';
import { evaluate } from '../../../../src/engine/availability/schema.ts';
import { systemArb } from './reference.ts';

const exact = (s: SystemDescription) => evaluate(s, { importance: false, method: 'exact' });

/** Every block position in a tree, as the chain of part indices from the root. */
function positions(block: Block, at: number[] = []): number[][] {
  return block.type === 'component' ? [at] : [at, ...block.parts.flatMap((p, i) => positions(p, [...at, i]))];
}

function replaceAt(block: Block, at: readonly number[], f: (b: Block) => Block): Block {
  if (at.length === 0) return f(block);
  if (block.type === 'component') return block;
  const [head, ...rest] = at;
  return { ...block, parts: block.parts.map((p, i) => (i === head ? replaceAt(p, rest, f) : p)) } as Block;
}

function components(block: Block, at: number[] = []): number[][] {
  return block.type === 'component' ? [at] : block.parts.flatMap((p, i) => components(p, [...at, i]));
}

/** Clears beta on a block and its parts, so structural edits never change a beta group's membership. */
function withoutBeta(block: Block): Block {
  if (block.type === 'component') return block;
  const { beta: _beta, ...rest } = block as Block & { beta?: number };
  return { ...rest, parts: block.parts.map(withoutBeta) } as Block;
}

const noBetaSystemArb = systemArb(13).map((s) => ({ ...s, root: withoutBeta(s.root) }));
// Headroom for rounding: results agree to ~1e-15 relative, so "never lower" allows that much.
const EPS = 1e-13;

describe('structural properties', () => {
  test('adding a redundant copy of any block never lowers availability', () => {
    fc.assert(
      fc.property(noBetaSystemArb, fc.nat(), (system, pick) => {
        const all = positions(system.root);
        const at = all[pick % all.length]!;
        const before = exact(system);
        const after = exact({ ...system, root: replaceAt(system.root, at, (b) => ({ type: 'k-of-n', k: 1, parts: [b, structuredClone(b)] })) });
        expect(after.availability).toBeGreaterThanOrEqual(before.availability - EPS);
        expect(after.unavailability).toBeLessThanOrEqual(before.unavailability * (1 + EPS) + 1e-300);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  test('adding a part to a k-of-n block (k unchanged) never lowers availability', () => {
    fc.assert(
      fc.property(noBetaSystemArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (system, pick, availability) => {
        const kofn = positions(system.root).filter((at) => {
          let b: Block = system.root;
          for (const i of at) b = (b as Exclude<Block, { type: 'component' }>).parts[i]!;
          return b.type === 'k-of-n';
        });
        fc.pre(kofn.length > 0);
        const at = kofn[pick % kofn.length]!;
        const before = exact(system);
        const root = replaceAt(system.root, at, (b) => ({ ...b, parts: [...(b as { parts: Block[] }).parts, { type: 'component', availability }] }) as Block);
        expect(exact({ ...system, root }).availability).toBeGreaterThanOrEqual(before.availability - EPS);
      }),
      { numRuns: 150, seed: 12 },
    );
  });

  test('adding a shared domain never raises availability', () => {
    fc.assert(
      fc.property(systemArb(12), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (system, availability, inIt) => {
        const before = exact(system);
        let root = system.root;
        components(system.root).forEach((at, i) => {
          if (!inIt[i % inIt.length]) return; // this component stays out of the new domain
          root = replaceAt(root, at, (b) => ({ ...b, domains: [...((b as { domains?: string[] }).domains ?? []), 'extra'] }) as Block);
        });
        const after = exact({ root, domains: [...(system.domains ?? []), { id: 'extra', availability }] });
        expect(after.availability).toBeLessThanOrEqual(before.availability + EPS);
      }),
      { numRuns: 150, seed: 13 },
    );
  });

  test('availability is monotone in each component and each domain availability', () => {
    fc.assert(
      fc.property(systemArb(12), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (system, pick, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const cs = components(system.root);
        const at = cs[pick % cs.length]!;
        const withComponent = (a: number) => exact({ ...system, root: replaceAt(system.root, at, (b) => ({ type: 'component', availability: a, domains: (b as { domains?: string[] }).domains ?? [] })) });
        expect(withComponent(hi).availability).toBeGreaterThanOrEqual(withComponent(lo).availability - EPS);
        const domains = system.domains ?? [];
        if (domains.length > 0) {
          const d = pick % domains.length;
          const withDomain = (a: number) => exact({ ...system, domains: domains.map((dom, i) => (i === d ? { id: dom.id, availability: a, ...(dom.parent ? { parent: dom.parent } : {}) } : dom)) });
          expect(withDomain(hi).availability).toBeGreaterThanOrEqual(withDomain(lo).availability - EPS);
        }
      }),
      { numRuns: 150, seed: 14 },
    );
  });

  test('raising any member of a beta group never lowers availability (unequal members, k-of-n and threshold)', () => {
    const groupArb = fc.record({
      // Realistic spreads rather than fast-check's favourite edges (0, 1, 5e-324), where members are
      // either equal or degenerate and the old convention's flaw never shows.
      members: fc.array(fc.integer({ min: 5_000, max: 9_999 }).map((x) => x / 10_000), { minLength: 1, maxLength: 5 }),
      beta: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
      kind: fc.constantFrom('k-of-n', 'threshold'),
      k: fc.nat(),
      share: fc.constantFrom(1 / 3, 1 / 2, 2 / 3, 1),
      weights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }),
      shared: fc.boolean(),
      pick: fc.nat(),
      raise: fc.integer({ min: 1, max: 100 }).map((x) => x / 100),
    });
    fc.assert(
      fc.property(groupArb, (g) => {
        const at = g.pick % g.members.length;
        const higher = g.members[at]! + (1 - g.members[at]!) * g.raise;
        fc.pre(higher > g.members[at]!);
        const system = (members: number[]): SystemDescription => {
          const parts: Block[] = members.map((a) => ({ type: 'component', availability: a, ...(g.shared ? { domains: ['site'] } : {}) }));
          const root: Block =
            g.kind === 'k-of-n'
              ? { type: 'k-of-n', k: 1 + (g.k % members.length), beta: g.beta, parts }
              : { type: 'threshold', share: g.share, weights: g.weights.slice(0, members.length), beta: g.beta, parts };
          return { root, ...(g.shared ? { domains: [{ id: 'site', availability: 0.99 }] } : {}) };
        };
        const before = exact(system(g.members));
        const after = exact(system(g.members.map((a, i) => (i === at ? higher : a))));
        expect(after.availability).toBeGreaterThanOrEqual(before.availability - EPS);
        expect(after.unavailability).toBeLessThanOrEqual(before.unavailability + EPS);
      }),
      { numRuns: 1000, seed: 15 },
    );
  });

  test('availability + unavailability = 1 within 1e-15', () => {
    fc.assert(
      fc.property(systemArb(13), (system) => {
        const r = exact(system);
        expect(Math.abs(r.availability + r.unavailability - 1)).toBeLessThanOrEqual(1e-15);
        expect(r.unavailability).toBeGreaterThanOrEqual(0);
        expect(r.availability).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});

describe('precision of small unavailabilities', () => {
  const oneOf = (n: number, part: Block): SystemDescription => ({ root: { type: 'k-of-n', k: 1, parts: Array.from({ length: n }, () => part) } });

  test('1-of-3 at 0.999 gives 1e-9 to 1e-15 relative', () => {
    const r = exact(oneOf(3, { type: 'component', availability: 0.999 }));
    expect(Math.abs(r.unavailability - 1e-9) / 1e-9).toBeLessThan(1e-15);
    expect(r.nines).toBeCloseTo(9, 13);
  });

  test('1-of-n at q is q^n for tiny q, to a few ulps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.constantFrom(0.9, 0.99, 0.999, 0.9999, 0.99999, 0.999999), (n, availability) => {
        const q = complement(availability); // the decimal complement: 0.999 -> 0.001
        const r = exact(oneOf(n, { type: 'component', availability }));
        expect(Math.abs(r.unavailability - q ** n) / q ** n).toBeLessThan(1e-14);
      }),
      { numRuns: 60, seed: 16 },
    );
  });

  test('the decimal complement is the double nearest to the typed decimal', () => {
    expect(complement(0.999)).toBe(0.001);
    expect(complement(0.9999)).toBe(0.0001);
    expect(complement(0.99995)).toBe(0.00005);
    expect(complement(0.5)).toBe(0.5);
    expect(complement(0.25)).toBe(0.75);
    expect(complement(1)).toBe(0);
    expect(complement(0)).toBe(1);
    expect(1 - 0.999).not.toBe(0.001); // why the decimal route exists
  });

  test('67-of-100 at 0.99 does not report exactly 1: its unavailability is the binomial tail', () => {
    const r = exact({ root: { type: 'k-of-n', k: 67, parts: Array.from({ length: 100 }, () => ({ type: 'component', availability: 0.99 })) } });
    expect(r.availability).toBe(1); // as a double, 1 - 1e-42 is 1...
    expect(r.unavailability).toBeGreaterThan(0); // ...which is why unavailability is reported separately
    // P(at least 34 of 100 down), summed in logs to stay independent of the engine's DP.
    const logChoose = (n: number, k: number) => {
      let s = 0;
      for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
      return s;
    };
    let tail = 0;
    for (let j = 34; j <= 100; j++) tail += Math.exp(logChoose(100, j) + j * Math.log(0.01) + (100 - j) * Math.log(0.99));
    expect(Math.abs(r.unavailability - tail) / tail).toBeLessThan(1e-12);
    expect(r.nines).toBeGreaterThan(40);
  });

  test('unavailabilities below 1e-300 survive as long as doubles can hold them', () => {
    const r = exact(oneOf(30, { type: 'component', unavailability: 1e-10 }));
    expect(Math.abs(r.unavailability - 1e-300) / 1e-300).toBeLessThan(1e-13);
  });
});
