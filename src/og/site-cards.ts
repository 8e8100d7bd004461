/**
 * Which card a built page gets. Title and definition come from the page's own head (og:title,
 * og:description), so a card never disagrees with its page; the kicker and the drawing come from the
 * page's kind: a term's category and diagram, an incident's scenario, a tool's picture.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, type CategoryKey } from '../lib/categories.ts';
import { readFrontmatter } from '../lib/term-index.ts';
import { parseScenarioFile } from '../engine/contagion/schema.ts';
import { diagramFor } from '../diagrams/index.ts';
import { renderSvg } from '../diagrams/render-svg.ts';
import { scenarioDiagram } from '../diagrams/scenario-drawing.ts';
import type { Diagram } from '../diagrams/drawing.ts';
import type { Card } from './card.ts';

export interface PageHead {
  title: string;
  description: string;
}

const drawingOf = (d: Diagram | undefined): Card['drawing'] => d && { svg: renderSvg(d, 'image'), width: d.width, height: d.height };

const SECTIONS: Record<string, string> = {
  terms: 'Glossary',
  incidents: 'Incidents',
  tools: 'Tools',
  embed: 'Tools',
  categories: 'Categories',
  graph: 'Map of terms',
  search: 'Search',
  about: 'About',
};

export function siteCards(contentDir: string) {
  const scenarioFile = (id: string) => parseScenarioFile(readFileSync(join(contentDir, 'scenarios', `${id}.json`), 'utf8'), `content/scenarios/${id}.json`);
  const firstScenario = () => readdirSync(join(contentDir, 'scenarios')).filter((f) => f.endsWith('.json')).sort()[0]?.replace(/\.json$/, '');

  /** The card for a page at `pathname` (e.g. /terms/blast-radius/) whose head says `head`. */
  return function cardFor(pathname: string, head: PageHead): Card {
    const [section, slug] = pathname.split('/').filter(Boolean);
    const base = { title: head.title, text: head.description };
    if (section === 'terms' && slug) {
      const category = readFrontmatter(join(contentDir, 'terms', `${slug}.mdx`)).category as CategoryKey;
      const kicker = CATEGORIES[category]?.title;
      if (!kicker) throw new Error(`content/terms/${slug}.mdx: category "${String(category)}" is not one of ${Object.keys(CATEGORIES).join(', ')}`);
      return { ...base, kicker, drawing: drawingOf(diagramFor(slug)) };
    }
    if (section === 'incidents' && slug) {
      const scenario = readFrontmatter(join(contentDir, 'incidents', `${slug}.mdx`)).scenario;
      return { ...base, kicker: 'Incident case study', drawing: typeof scenario === 'string' ? drawingOf(scenarioDiagram(scenarioFile(scenario))) : undefined };
    }
    if ((section === 'tools' || section === 'embed') && slug === 'simulator') {
      const first = firstScenario();
      return { ...base, kicker: 'Interactive tool', drawing: first ? drawingOf(scenarioDiagram(scenarioFile(first))) : undefined };
    }
    if ((section === 'tools' || section === 'embed') && slug === 'redundancy') return { ...base, kicker: 'Interactive tool', drawing: drawingOf(diagramFor('correlated-failure')) };
    if (section === 'categories' && slug) return { ...base, kicker: 'Glossary category' };
    if (!section) return { ...base, kicker: 'The open reference', drawing: drawingOf(diagramFor('infrastructure-outage-contagion')) };
    return { ...base, kicker: SECTIONS[section] ?? 'Contagion Atlas' };
  };
}
