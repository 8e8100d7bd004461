/**
 * The citation rule as code: a prose paragraph that states a figure (any digit the reader
 * sees: 14%, 3 hours, $5 million, 07:08 UTC, block 11234873) must carry a <Cite>.
 */
import { plainText } from './link-graph.ts';

/** Prose blocks of an MDX body (list blocks count as one), without headings, imports, components or code. */
export function proseBlocks(body: string): string[] {
  return body
    .replace(/```[\s\S]*?```/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !/^(import|export)\s/.test(p) && !p.startsWith('#') && !/^<[A-Z][\w.]*[\s/>]/.test(p));
}

/** Digits that are part of a name rather than a figure: "3-of-4", "layer-2", "L2", "Web3". */
const NAMES_WITH_DIGITS = /\b\d+-of-\d+\b|\blayer[- ]\d\b|\bL\d\b|\bWeb\d\b/gi;

export const statesFigure = (paragraph: string) => /\d/.test(plainText(paragraph).replace(NAMES_WITH_DIGITS, ''));

const cites = (block: string) => /<Cite\s/.test(block);
const isTable = (block: string) => block.startsWith('|');

/**
 * The paragraphs that state a figure but cite nothing, as plain text for the error message. A table
 * counts as cited when it cites in a cell or when the paragraph just before it (which introduces it
 * and says where its numbers come from) cites.
 */
export function uncitedFigures(body: string): string[] {
  const blocks = proseBlocks(body);
  return blocks
    .filter((p, i) => statesFigure(p) && !cites(p) && !(isTable(p) && i > 0 && cites(blocks[i - 1]!)))
    .map((p) => plainText(p));
}
