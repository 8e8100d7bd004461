/**
 * Which format a text is in, from its first meaningful characters (a few kilobytes at most are looked at,
 * so detection costs nothing on large files). The rules, in order:
 *  - "<" (after an XML declaration or comments) with a <graphml> element: GraphML;
 *  - "{" or "[": JSON; Jaeger when the first object has "parent" and "child", else our scenario JSON;
 *  - "strict", "digraph" or "graph" followed by a name or "{": DOT;
 *  - "flowchart" or "graph" followed by a direction or a line break (after front matter, %% lines): Mermaid;
 *  - a YAML document with apiVersion/kind (after "---" or "#" comments): Backstage;
 *  - a first line with a comma, tab, semicolon or bar and a from/source column: CSV.
 * Null when none fits: the caller asks the reader to choose.
 */
import type { FormatName } from './types.ts';

const HEAD = 8192;

/** The text without a byte-order mark, leading blank lines and leading comments of the given style. */
function skipLeading(text: string, comment: RegExp): string {
  let rest = text.replace(/^\uFEFF/, '');
  for (;;) {
    const trimmed = rest.replace(/^\s+/, '');
    const m = comment.exec(trimmed);
    if (!m) return trimmed;
    rest = trimmed.slice(m[0].length);
  }
}

export function detectFormat(text: string): FormatName | null {
  const head = text.slice(0, HEAD);
  const xml = skipLeading(head, /^(<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->)/);
  if (xml.startsWith('<')) return /<(?:[A-Za-z_][\w.-]*:)?graphml[\s>]/.test(head) ? 'graphml' : null;
  const json = skipLeading(head, /^$^/);
  if (json.startsWith('{') || json.startsWith('[')) {
    const firstObject = /\{[^{}]*/.exec(json.startsWith('{') ? json.slice(1) : json)?.[0] ?? '';
    const jaeger = /"parent"\s*:/.test(firstObject) && /"child"\s*:/.test(firstObject);
    const wrapped = /^\{\s*"data"\s*:\s*\[/.test(json) || /"data"\s*:\s*\[\s*\{[^{}]*"parent"\s*:/.test(json);
    return jaeger || wrapped ? 'jaeger' : 'json';
  }
  const dot = skipLeading(head, /^(\/\/[^\n]*|\/\*[\s\S]*?\*\/|#[^\n]*)/);
  if (/^(strict\s+)?(di)?graph\s*("|[A-Za-z_0-9]+\s*\{|\{)/i.test(dot) && !/^graph\s+(TB|TD|BT|RL|LR)\b/.test(dot)) return 'dot';
  const mermaid = skipLeading(head.replace(/^\s*---[ \t]*\r?\n[\s\S]*?\n---[ \t]*(\r?\n|$)/, ''), /^%%[^\n]*/);
  if (/^(flowchart|graph)([ \t]+(TB|TD|BT|RL|LR))?[ \t]*(;|\r?\n|$)/.test(mermaid)) return 'mermaid';
  const yaml = skipLeading(head, /^(#[^\n]*|---[ \t]*(?=\n))/);
  if (/^(apiVersion|kind)\s*:/m.test(yaml) && /^kind\s*:/m.test(head)) return 'backstage';
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (/[,\t;|]/.test(firstLine) && /(^|[,\t;|"\s])(from|source|parent|caller|dependent)([,\t;|"\s]|$)/i.test(firstLine)) return 'csv';
  return null;
}
