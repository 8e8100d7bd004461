// Content integrity: every term and incident file is valid, every link resolves, and the
// reference hangs together (no orphans, enough related terms, sources and citations).
import { describe, expect, test } from 'vitest';
import { buildLinkGraph, plainText } from '../../src/lib/link-graph.ts';
import { slugify } from '../../src/lib/slug.ts';
import { caseStudiesByTerm } from '../../src/lib/case-studies.ts';
import { uncitedFigures } from '../../src/lib/prose-checks.ts';
import { loadIncidentFiles, loadTermFiles, scenarioIds, termIndex } from './content-files.ts';

const files = loadTermFiles();
const index = termIndex();
const slugs = new Set(files.map((f) => f.slug));

describe('term files', () => {
  test('there are terms to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
  });

  test.each(files.map((f) => [f.file, f] as const))('%s matches the schema', (_name, f) => {
    const problems = f.parsed.success ? [] : f.parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems, `${f.file}`).toEqual([]);
  });

  test('file names are kebab-case slugs', () => {
    expect(files.filter((f) => f.slug !== slugify(f.slug)).map((f) => f.file)).toEqual([]);
  });

  test('no two terms share a slug, title or alias', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of files) {
      for (const name of new Set([f.slug, slugify(f.data?.title ?? ''), ...(f.data?.aliases ?? []).map(slugify)])) {
        const other = seen.get(name);
        if (other && other !== f.slug) clashes.push(`${f.file}: "${name}" is also used by ${other}`);
        seen.set(name, f.slug);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('links', () => {
  test('every related term exists and is not the term itself', () => {
    const bad = files.flatMap((f) =>
      (f.data?.related ?? []).filter((r) => !slugs.has(r) || r === f.slug).map((r) => `${f.file}: related "${r}"`),
    );
    expect(bad).toEqual([]);
  });

  test('every term lists at least three distinct related terms', () => {
    expect(files.filter((f) => new Set(f.data?.related).size < 3).map((f) => f.file)).toEqual([]);
  });

  test('every [[wiki-link]] in prose resolves to a term or alias', () => {
    const bad = files.flatMap((f) =>
      [...f.body.matchAll(/\[\[([^\]|#]+)[^\]]*\]\]/g)].filter((m) => !index.resolve(m[1] ?? '')).map((m) => `${f.file}: ${m[0]}`),
    );
    expect(bad).toEqual([]);
  });

  test('every <Cite id> names one of the term’s own sources', () => {
    const bad = files.flatMap((f) => {
      const ids = new Set((f.data?.sources ?? []).map((s) => s.id));
      return [...f.body.matchAll(/<Cite\s+id="([^"]+)"/g)].filter((m) => !ids.has(m[1] ?? '')).map((m) => `${f.file}: ${m[0]}`);
    });
    expect(bad).toEqual([]);
  });

  test('every embedded simulator names an existing scenario and nodes it has', async () => {
    const { loadScenarios } = await import('../../src/lib/scenarios.ts');
    const scenarios = new Map(loadScenarios().map((s) => [s.id, new Set(s.nodes.map((n) => n.id))]));
    const bad = files.flatMap((f) =>
      [...f.body.matchAll(/<ContagionSimulator\s+scenario="([^"]+)"(?:\s+fail="([^"]*)")?/g)].flatMap((m) => {
        const nodes = scenarios.get(m[1] ?? '');
        if (!nodes) return [`${f.file}: no scenario "${m[1]}"`];
        return (m[2] ?? '').split(',').filter(Boolean).filter((id) => !nodes.has(id)).map((id) => `${f.file}: scenario "${m[1]}" has no node "${id}"`);
      }),
    );
    expect(bad).toEqual([]);
  });

  test('no orphan: every term is linked from another term’s prose or related list', () => {
    const graph = buildLinkGraph(
      files.map((f) => ({ id: f.slug, title: f.data?.title ?? f.slug, body: f.body, related: f.data?.related ?? [] })),
      (t) => index.resolve(t),
    );
    const inbound = new Set<string>();
    for (const f of files) for (const r of f.data?.related ?? []) if (r !== f.slug) inbound.add(r);
    for (const [target] of graph.backlinks) inbound.add(target);
    expect(files.filter((f) => !inbound.has(f.slug)).map((f) => f.file)).toEqual([]);
  });
});

describe('sources and prose', () => {
  test('every source has a title, publisher, date and URL, and every term has one', () => {
    const bad = files.filter((f) => !f.data || f.data.sources.length === 0).map((f) => f.file);
    expect(bad).toEqual([]);
  });

  test('every term body has at least 300 words of prose', () => {
    const short = files
      .map((f) => ({ f, words: plainText(f.body.replace(/^(import|export)\s.*$/gm, '')).split(/\s+/).filter(Boolean).length }))
      .filter(({ words }) => words < 300)
      .map(({ f, words }) => `${f.file}: ${words} words`);
    expect(short).toEqual([]);
  });

  test('every term or incident that states a figure cites at least two different sources', () => {
    const cited = (body: string) => new Set([...body.matchAll(/<Cite\s+id="([^"]+)"/g)].map((m) => m[1]));
    const bad = [...files, ...loadIncidentFiles()]
      .filter((f) => /\d/.test(plainText(f.body)) && cited(f.body).size < 2)
      .map((f) => `${f.file}: cites ${cited(f.body).size}`);
    expect(bad).toEqual([]);
  });

  test('every paragraph of a term that states a figure carries a citation', () => {
    const bad = files.flatMap((f) => uncitedFigures(f.body).map((p) => `${f.file}: ${p.slice(0, 80)}`));
    expect(bad).toEqual([]);
  });

  test('summaries stand alone: one or two sentences, no links or markup', () => {
    const bad = files
      .filter((f) => f.data && (/\[\[|<|\]\(/.test(f.data.summary) || (f.data.summary.match(/[.!?](\s|$)/g) ?? []).length > 2))
      .map((f) => f.file);
    expect(bad).toEqual([]);
  });
});

describe('MDX', () => {
  test.each(files.map((f) => [f.file, f] as const))('%s compiles as MDX with its cross-links', async (_name, f) => {
    const { mdxToJs } = await import('satteri');
    const { wikiLinks } = await import('../../src/lib/wikilinks.ts');
    const text = `---\n---\n${f.body}`;
    expect(() => mdxToJs(text, { features: { wikilinks: true }, mdastPlugins: [wikiLinks({ index })] })).not.toThrow();
  });
});

describe('incident files', () => {
  const incidents = loadIncidentFiles();
  const scenarios = scenarioIds();

  test('there are at least eight incidents', () => {
    expect(incidents.length).toBeGreaterThanOrEqual(8);
  });

  test.each(incidents.map((f) => [f.file, f] as const))('%s matches the schema', (_name, f) => {
    const problems = f.parsed.success ? [] : f.parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems, f.file).toEqual([]);
  });

  test('file names are kebab-case and do not clash with term slugs', () => {
    expect(incidents.filter((f) => f.slug !== slugify(f.slug) || slugs.has(f.slug)).map((f) => f.file)).toEqual([]);
  });

  test('every related term exists and every scenario exists', () => {
    const bad = incidents.flatMap((f) => [
      ...(f.data?.related ?? []).filter((r) => !slugs.has(r)).map((r) => `${f.file}: related "${r}"`),
      ...(f.data?.scenario && !scenarios.has(f.data.scenario) ? [`${f.file}: scenario "${f.data.scenario}"`] : []),
    ]);
    expect(bad).toEqual([]);
  });

  test('every incident links to at least one term in its prose, and every link resolves', () => {
    const bad = incidents.flatMap((f) => {
      const links = [...f.body.matchAll(/\[\[([^\]|#]+)[^\]]*\]\]/g)];
      const broken = links.filter((m) => !index.resolve(m[1] ?? '')).map((m) => `${f.file}: ${m[0]}`);
      return links.length === 0 ? [`${f.file}: no [[term]] link`] : broken;
    });
    expect(bad).toEqual([]);
  });

  test('no orphan incident: every one is a case study of some term', () => {
    const studies = caseStudiesByTerm(incidents.map((f) => ({ id: f.slug, start: f.data?.start ?? new Date(0), related: f.data?.related ?? [] })));
    const listed = new Set([...studies].filter(([term]) => slugs.has(term)).flatMap(([, ids]) => ids));
    expect(incidents.filter((f) => !listed.has(f.slug)).map((f) => f.file)).toEqual([]);
  });

  test('every <Cite id> names one of the incident’s own sources', () => {
    const bad = incidents.flatMap((f) => {
      const ids = new Set((f.data?.sources ?? []).map((s) => s.id));
      return [...f.body.matchAll(/<Cite\s+id="([^"]+)"/g)].filter((m) => !ids.has(m[1] ?? '')).map((m) => `${f.file}: ${m[0]}`);
    });
    expect(bad).toEqual([]);
  });

  test('every source has a title, publisher, date and URL', () => {
    const bad = incidents.flatMap((f) =>
      (f.data?.sources ?? []).filter((s) => !s.title || !s.publisher || !s.date || !/^https?:\/\//.test(s.url)).map((s) => `${f.file}: ${s.id}`),
    );
    expect(bad).toEqual([]);
  });

  test('every paragraph that states a figure carries a citation', () => {
    const bad = incidents.flatMap((f) => uncitedFigures(f.body).map((p) => `${f.file}: ${p.slice(0, 80)}`));
    expect(bad).toEqual([]);
  });

  test('every incident body has at least 300 words of prose', () => {
    const short = incidents
      .map((f) => ({ f, words: plainText(f.body).split(/\s+/).filter(Boolean).length }))
      .filter(({ words }) => words < 300)
      .map(({ f, words }) => `${f.file}: ${words} words`);
    expect(short).toEqual([]);
  });

  test.each(incidents.map((f) => [f.file, f] as const))('%s compiles as MDX with its cross-links', async (_name, f) => {
    const { mdxToJs } = await import('satteri');
    const { wikiLinks } = await import('../../src/lib/wikilinks.ts');
    expect(() => mdxToJs(`---\n---\n${f.body}`, { features: { wikilinks: true }, mdastPlugins: [wikiLinks({ index })] })).not.toThrow();
  });
});

describe('cross-links between terms', () => {
  test('every term is linked from the prose of at least two other terms', () => {
    const graph = buildLinkGraph(
      files.map((f) => ({ id: f.slug, title: f.data?.title ?? f.slug, body: f.body, related: f.data?.related ?? [] })),
      (t) => index.resolve(t),
    );
    const weak = files
      .map((f) => ({ f, n: new Set((graph.backlinks.get(f.slug) ?? []).map((b) => b.from)).size }))
      .filter(({ n }) => n < 2)
      .map(({ f, n }) => `${f.file}: ${n} inbound`);
    expect(weak).toEqual([]);
  });
});
