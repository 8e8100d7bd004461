/** Loads every term file from content/ for tests, with frontmatter parsed and validated. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildTermIndex, readFrontmatter, termFiles } from '../../src/lib/term-index.ts';
import { termSchema, type TermData } from '../../src/lib/term-schema.ts';

export const TERMS_DIR = fileURLToPath(new URL('../../content/terms/', import.meta.url));

export interface TermFile {
  slug: string;
  file: string;
  body: string;
  raw: Record<string, unknown>;
  parsed: ReturnType<typeof termSchema.safeParse>;
  data: TermData | undefined;
}

export function loadTermFiles(): TermFile[] {
  return termFiles(TERMS_DIR).map((file) => {
    const text = readFileSync(file, 'utf8');
    const raw = readFrontmatter(file);
    const parsed = termSchema.safeParse(raw);
    return {
      slug: file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, ''),
      file: file.replace(/^.*content[\\/]/, 'content/'),
      body: text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''),
      raw,
      parsed,
      data: parsed.success ? parsed.data : undefined,
    };
  });
}

export const termIndex = () => buildTermIndex(TERMS_DIR);
