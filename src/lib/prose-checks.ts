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

export const statesFigure = (paragraph: string) => /\d/.test(plainText(paragraph));

/** The paragraphs that state a figure but cite nothing, as plain text for the error message. */
export function uncitedFigures(body: string): string[] {
  return proseBlocks(body).filter((p) => statesFigure(p) && !/<Cite\s/.test(p)).map((p) => plainText(p));
}
