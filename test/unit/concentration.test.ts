// Concentration datasets (content/concentration/*.json): every file is valid and used where a term
// embeds it; bad files fail with the file and the field named; the chart model dates every snapshot
// and never lets an old snapshot pass for a current one.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ConcentrationError, earliestDay, latestDay, parseConcentrationFile } from '../../src/lib/concentration-schema.ts';
import { GEOMETRY, ageText, concentrationChartModel, isStale, partialDateText, remainder } from '../../src/lib/concentration-chart.ts';
import { TERMS_DIR } from './content-files.ts';

const DIR = fileURLToPath(new URL('../../content/concentration/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const load = (name: string) => parseConcentrationFile(readFileSync(DIR + name, 'utf8'), `content/concentration/${name}`);

describe('concentration files', () => {
  test('there are datasets, each valid', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(() => load(f), f).not.toThrow();
  });

  test('every source is an absolute https link and every snapshot is dated no later than its source', () => {
    for (const f of files) {
      for (const s of load(f).snapshots) {
        expect(s.source.url, f).toMatch(/^https:\/\//);
        expect(earliestDay(s.date) <= latestDay(s.source.date), `${f} ${s.date}`).toBe(true);
      }
    }
  });

  test('every chart a term embeds names an existing dataset, and every dataset is embedded somewhere', () => {
    const ids = new Set(files.map((f) => f.replace(/\.json$/, '')));
    const used = new Set<string>();
    const bad: string[] = [];
    for (const name of readdirSync(TERMS_DIR).filter((f) => f.endsWith('.mdx'))) {
      const body = readFileSync(TERMS_DIR + name, 'utf8');
      for (const m of body.matchAll(/<ConcentrationChart\s+dataset="([^"]+)"/g)) {
        used.add(m[1]!);
        if (!ids.has(m[1]!)) bad.push(`content/terms/${name}: no dataset "${m[1]}"`);
      }
    }
    expect(bad).toEqual([]);
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('bad datasets fail with the file and the field', () => {
  const NAME = 'content/concentration/x.json';
  const valid = {
    title: 'Stake by host',
    measure: 'stake',
    population: 'Stake of some chain by hosting company',
    unit: 'percent',
    snapshots: [{ date: '2024-11', source: { title: 'A report', publisher: 'Pub', date: '2024-12', url: 'https://example.org/r' }, items: [{ label: 'A', share: 30 }, { label: 'B', share: 20 }] }],
  };
  const problems = (edit: (d: typeof valid & Record<string, unknown>) => void): string => {
    const draft = structuredClone(valid) as typeof valid & Record<string, unknown>;
    edit(draft);
    try {
      parseConcentrationFile(JSON.stringify(draft), NAME);
    } catch (error) {
      expect(error).toBeInstanceOf(ConcentrationError);
      return (error as Error).message;
    }
    return 'no error';
  };

  test('a valid file parses and takes its id from the file name', () => {
    expect(parseConcentrationFile(JSON.stringify(valid), NAME).id).toBe('x');
  });

  test('shares that add up to more than the whole', () => {
    expect(problems((d) => (d.snapshots[0]!.items[1]!.share = 80))).toBe(`${NAME}: snapshots[0].items: shares add up to 110%, more than the whole; items in one snapshot must not overlap`);
  });

  test('rounding in a source is allowed, a real overlap is not', () => {
    expect(problems((d) => (d.snapshots[0]!.items = [{ label: 'A', share: 50.3 }, { label: 'B', share: 50 }]))).toBe('no error');
    expect(problems((d) => (d.snapshots[0]!.items = [{ label: 'A', share: 51 }, { label: 'B', share: 50 }]))).toContain('add up to 101%');
  });

  test('mixing units: a fraction above 1 or a percentage above 100', () => {
    expect(problems((d) => ((d.unit = 'fraction'), (d.snapshots[0]!.items = [{ label: 'A', share: 1.2 }])))).toContain('snapshots[0].items[0].share: share must be at most 1');
    expect(problems((d) => (d.snapshots[0]!.items = [{ label: 'A', share: 120 }]))).toContain('snapshots[0].items[0].share: share must be at most 100');
  });

  test('duplicate labels, a derived share without a note, an unknown measure, a misspelt field', () => {
    expect(problems((d) => (d.snapshots[0]!.items[1]!.label = ' a '))).toBe(`${NAME}: snapshots[0].items[1].label: " a " is already items[0]`);
    expect(problems((d) => ((d.snapshots[0]!.items[1] as Record<string, unknown>).derived = true))).toBe(
      `${NAME}: snapshots[0].items[1].note: a derived share needs a note saying how it was worked out`,
    );
    expect(problems((d) => (d.measure = 'validators'))).toBe(`${NAME}: measure: measure must be one of stake, nodes, hosted-nodes, requests`);
    expect(problems((d) => ((d.snapshots[0]!.items[0] as Record<string, unknown>).shar = 3))).toContain('snapshots[0].items[0]: unknown field "shar" (check the spelling)');
  });

  test('a snapshot measured after its source was published, or twice on one date', () => {
    expect(problems((d) => (d.snapshots[0]!.date = '2025-01'))).toBe(
      `${NAME}: snapshots[0].date: measured 2025-01 but its source is dated 2024-12; a snapshot cannot be later than its source`,
    );
    expect(problems((d) => d.snapshots.push(structuredClone(d.snapshots[0]!)))).toBe(`${NAME}: snapshots[1].date: a snapshot of 2024-11 is already snapshots[0]`);
  });

  test('several problems are all reported, one per line, and bad dates and JSON are named', () => {
    const message = problems((d) => ((d.title = 'x'), (d.snapshots[0]!.source.date = 'Nov 2024')));
    expect(message.split('\n')).toEqual([
      `${NAME}: 2 problems`,
      `${NAME}: title: Too small: expected string to have >=5 characters`,
      `${NAME}: snapshots[0].source.date: dates are YYYY, YYYY-MM or YYYY-MM-DD`,
    ]);
    expect(() => parseConcentrationFile('{"title": ', NAME)).toThrow(/^content\/concentration\/x\.json: invalid JSON/);
  });
});

describe('dates and staleness', () => {
  test('partial dates read as their first and last possible days', () => {
    expect(earliestDay('2024-11').toISOString().slice(0, 10)).toBe('2024-11-01');
    expect(latestDay('2024-11').toISOString().slice(0, 10)).toBe('2024-11-30');
    expect(latestDay('2024-02').toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(latestDay('2025').toISOString().slice(0, 10)).toBe('2025-12-31');
    expect(partialDateText('2024-11')).toBe('November 2024');
    expect(partialDateText('2025-12-12')).toBe('12 December 2025');
    expect(partialDateText('2025')).toBe('2025');
  });

  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  test('more than a year older than the review is stale; exactly a year is not', () => {
    expect(isStale('2025-12-04', day('2026-12-04'))).toBe(false);
    expect(isStale('2025-12-03', day('2026-12-04'))).toBe(true);
    expect(isStale('2025-12-12', day('2026-12-04'))).toBe(false);
    // a month or a year counts from its first day, so vague dates turn stale sooner
    expect(isStale('2025-12', day('2026-12-04'))).toBe(true);
    expect(isStale('2025', day('2026-01-01'))).toBe(false);
    expect(isStale('2025', day('2026-01-02'))).toBe(true);
    expect(ageText('2024-11', day('2026-12-04'))).toBe('about 2 years');
    expect(ageText('2022-08', day('2026-12-04'))).toBe('about 4 years');
    expect(ageText('2025-11', day('2026-12-04'))).toBe('more than a year');
  });
});

describe('chart model', () => {
  const dataset = parseConcentrationFile(
    JSON.stringify({
      title: 'Stake by host',
      measure: 'stake',
      population: 'Stake of some chain by hosting company',
      unit: 'fraction',
      snapshots: [
        { date: '2022-08', source: { title: 'Old report', publisher: 'Old Pub', date: '2022-11', url: 'https://example.org/old' }, items: [{ label: 'A', share: 0.2, bound: 'about' }] },
        { date: '2024-11', when: 'epoch 685', source: { title: 'New report', publisher: 'New Pub', date: '2024-11-21', url: 'https://example.org/new' }, items: [{ label: 'B', share: 0.24 }, { label: 'C', share: 0.19 }] },
      ],
    }),
    'content/concentration/hosts.json',
  );

  test('newest snapshot first; its caption dates and sources it and warns when it is old', () => {
    const model = concentrationChartModel(dataset, new Date('2026-12-04T00:00:00Z'));
    expect(model.snapshots.map((s) => s.date)).toEqual(['2024-11', '2022-08']);
    expect(model.snapshots[0]!.caption).toBe(
      'Snapshot of November 2024 (epoch 685); source: New Pub, “New report” (21 November 2024). This is the latest snapshot found; it is about 2 years older than this page\'s review on 4 December 2026, so the shares today may differ.',
    );
    expect(model.snapshots[1]!.caption).toBe('Earlier snapshot of August 2022; source: Old Pub, “Old report” (November 2022).');
    expect(model.snapshots.map((s) => s.stale)).toEqual([true, false]);
  });

  test('a recent snapshot carries no warning', () => {
    const model = concentrationChartModel(dataset, new Date('2025-06-01T00:00:00Z'));
    expect(model.snapshots[0]!.caption).toBe('Snapshot of November 2024 (epoch 685); source: New Pub, “New report” (21 November 2024).');
    expect(model.snapshots[0]!.stale).toBe(false);
  });

  test('fractions become percentages, the unexplained rest gets its own row, bars scale to the axis', () => {
    const [latest, earlier] = concentrationChartModel(dataset, new Date('2025-06-01T00:00:00Z')).snapshots;
    // 24% + 19% leaves 57%; the bar area is 370 units wide for 100%.
    expect(latest!.rows.map((r) => [r.label, r.text, r.rest])).toEqual([['B', '24%', false], ['C', '19%', false], ['Others or not given', '57%', true]]);
    expect(latest!.rows.map((r) => r.width)).toEqual([88.8, 70.3, 210.9].map((w) => expect.closeTo(w, 9)));
    expect(latest!.rows.map((r) => r.y)).toEqual([8, 36, 64]);
    expect(latest!.height).toBe(8 + 3 * 28 + 26);
    expect(latest!.ticks.map((t) => [t.text, t.x])).toEqual([['0%', 190], ['20%', 264], ['40%', 338], ['60%', 412], ['80%', 486], ['100%', 560]]);
    // "about 20%" leaves "about 80%" unexplained
    expect(earlier!.rows.map((r) => r.text)).toEqual(['about 20%', 'about 80%']);
    expect(latest!.description).toBe('share of stake, November 2024 (epoch 685): B 24%, C 19%, Others or not given 57%.');
    expect(GEOMETRY.barRight - GEOMETRY.barLeft).toBe(370);
  });

  test('lower bounds leave at most the rest; a full list leaves none', () => {
    const snapshot = (items: { label: string; share: number; bound?: 'more-than' }[]) => ({ date: '2022', source: { title: 't', publisher: 'p', date: '2022', url: 'https://e.org' }, items });
    expect(remainder({ unit: 'percent' }, snapshot([{ label: 'AWS', share: 50, bound: 'more-than' }, { label: 'H', share: 15, bound: 'more-than' }]))).toEqual({ value: 35, bound: 'less-than' });
    expect(remainder({ unit: 'percent' }, snapshot([{ label: 'A', share: 51.66 }, { label: 'B', share: 48.3 }]))).toBeNull();
    expect(remainder({ unit: 'percent' }, snapshot([{ label: 'A', share: 51.66 }, { label: 'B', share: 26.48 }]))).toEqual({ value: 21.9 });
  });
});
