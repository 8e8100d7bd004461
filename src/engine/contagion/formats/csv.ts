/**
 * CSV edge lists: a header naming the columns, then one dependency per row, e.g.
 *   from,to,weight,kind
 *   wallet,infura,1,hard
 * Column names understood (any case): from/source/dependent/parent/caller, to/target/dependency/child/
 * callee, weight/callCount, kind, label, note, evidence, sources. Other columns (Gephi's id and type, say)
 * are ignored with a warning. Quoted fields, commas and line breaks inside quotes are Papa Parse's job;
 * the delimiter (comma, tab, semicolon or bar) is detected. Rows read "from depends on to" unless the
 * direction option says otherwise. A CSV edge list carries no node data: labels are the names, types
 * are guessed, rules are `all`.
 */
import Papa from 'papaparse';
import { FormatError } from './format-error.ts';
import { GraphBuilder } from './graph-builder.ts';
import type { ImportedScenario, ImportOptions, ImportResult } from './types.ts';

const COLUMN_NAMES: Record<string, 'from' | 'to' | 'weight' | 'kind' | 'label' | 'note' | 'evidence' | 'sources'> = {
  from: 'from',
  source: 'from',
  dependent: 'from',
  parent: 'from',
  caller: 'from',
  to: 'to',
  target: 'to',
  dependency: 'to',
  child: 'to',
  callee: 'to',
  weight: 'weight',
  callcount: 'weight',
  call_count: 'weight',
  kind: 'kind',
  label: 'label',
  note: 'note',
  evidence: 'evidence',
  sources: 'sources',
};

/** Offset of field `index` in the row starting at `rowStart` (quotes respected). */
function fieldOffset(text: string, rowStart: number, index: number, delimiter: string): number {
  let i = rowStart;
  let field = 0;
  let quoted = false;
  while (i < text.length && field < index) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === delimiter) field++;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    i++;
  }
  return i;
}

export function importCsv(text: string, options: ImportOptions = {}): ImportResult {
  const b: GraphBuilder = new GraphBuilder('csv', text, options, { directionMatters: true });
  let header: string[] | null = null;
  let columns: (string | null)[] = [];
  let fromColumn = -1;
  let toColumn = -1;
  let rowStart = 0;
  let delimiter = ',';
  const body = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not part of the first name
  rowStart = body;
  Papa.parse<string[]>(text.slice(body), {
    skipEmptyLines: 'greedy',
    comments: '#',
    delimitersToGuess: [',', '\t', ';', '|'],
    step: (row) => {
      const start = rowStart;
      rowStart = body + row.meta.cursor;
      delimiter = row.meta.delimiter;
      const error = row.errors[0];
      if (error) {
        // Papa Parse puts a quote error just inside the quote: point at the quote itself.
        const at = error.index !== undefined ? body + error.index - (error.type === 'Quotes' ? 1 : 0) : start;
        throw new FormatError('csv', [{ path: '', message: error.message, ...b.positions.at(at) }]);
      }
      const fields = row.data;
      if (header === null) {
        header = fields.map((f) => f.trim());
        columns = header.map((name) => COLUMN_NAMES[name.toLowerCase()] ?? null);
        fromColumn = columns.indexOf('from');
        toColumn = columns.indexOf('to');
        if (fromColumn < 0 || toColumn < 0) {
          b.fail(`the first line must name the columns, with a "from" (or "source") and a "to" (or "target") column, e.g. from,to,weight,kind; found ${header.map((h) => JSON.stringify(h)).join(', ')}`, start);
        }
        header.forEach((name, j) => {
          if (columns[j] === null) b.warn('unknown-attribute', `column "${name}" has no meaning here and was ignored`, fieldOffset(text, start, j, delimiter), name);
        });
        return;
      }
      const cell = (j: number): string => (fields[j] ?? '').trim();
      for (const j of [fromColumn, toColumn]) {
        if (cell(j) === '') b.fail(`the "${header[j]}" column is empty: every row needs both ends of a dependency`, fieldOffset(text, start, j, delimiter));
      }
      const from = b.node(cell(fromColumn), fieldOffset(text, start, fromColumn, delimiter));
      const to = b.node(cell(toColumn), fieldOffset(text, start, toColumn, delimiter));
      const edge = b.edge(from, to, start);
      columns.forEach((column, j) => {
        if (column === null || column === 'from' || column === 'to' || cell(j) === '') return;
        b.edgeAttribute(edge, column, cell(j), fieldOffset(text, start, j, delimiter));
      });
    },
  });
  if (header === null) b.fail('the file is empty: expected a header line such as from,to,weight,kind', 0);
  return b.finish();
}

/** `from,to,weight,kind`, plus note, evidence and sources columns when any edge has them. */
export function exportCsv(scenario: ImportedScenario): string {
  const extra = (['note', 'evidence', 'sources'] as const).filter((field) => scenario.edges.some((e) => e[field] !== undefined));
  const rows = scenario.edges.map((e) => [
    e.from,
    e.to,
    e.weight === undefined ? '' : String(e.weight),
    e.kind ?? '',
    ...extra.map((field) => (field === 'sources' ? (e.sources ?? []).join(' ') : (e[field] ?? ''))),
  ]);
  return `${Papa.unparse({ fields: ['from', 'to', 'weight', 'kind', ...extra], data: rows }, { newline: '\n' })}\n`;
}
