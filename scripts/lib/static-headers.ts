/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages use: a path pattern, then indented
 * `Name: value` lines) and says which headers a path gets, so the test server sends what the host would.
 * Patterns are exact paths or end in `*` (any rest of the path).
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeaders(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (!line || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${file}:${i + 1}: a rule starts with a path beginning with "/", got "${line}"`);
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!m) throw new Error(`${file}:${i + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${file}:${i + 1}: a header before any path`);
    rule.headers.push([m[1]!, m[2]!]);
  });
  return rules;
}

export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const hit = r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern;
    if (hit) for (const [k, v] of r.headers) out[k.toLowerCase()] = v;
  }
  return out;
}
