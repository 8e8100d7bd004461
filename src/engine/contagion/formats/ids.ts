/**
 * Scenario ids from foreign names. Ids use lowercase letters, digits, "_" and "-" (the scenario schema's
 * rule), so "HotROD Frontend" becomes "hotrod_frontend"; names that collide get "_2", "_3"... The original
 * name stays as the node's label.
 */
const VALID_ID = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;

export function isValidId(id: string): boolean {
  return VALID_ID.test(id);
}

/** The id a name would get before collisions are resolved: lowercase, every other run of characters one "_". */
export function slugOf(name: string): string {
  const ascii = name.normalize('NFKD').toLowerCase();
  let out = '';
  let pendingSeparator = '';
  for (const ch of ascii) {
    const c = ch.charCodeAt(0);
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum) {
      if (out !== '' && pendingSeparator !== '') out += pendingSeparator;
      pendingSeparator = '';
      out += ch;
    } else if (ch === '-' || ch === '_') {
      if (pendingSeparator === '') pendingSeparator = ch;
    } else if (c >= 0x300 && c <= 0x36f) {
      // combining accents from NFKD: drop, so "Zürich" becomes "zurich"
    } else pendingSeparator = '_';
  }
  return out === '' ? 'node' : out;
}

/** Hands out unique ids, preferring the one asked for. */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();
  changed = 0;

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.used.add(id);
  }

  /** A unique valid id for `name`; `preferred` (already valid) wins when free. */
  take(name: string, preferred?: string): string {
    const base = preferred !== undefined && isValidId(preferred) ? preferred : slugOf(name);
    if (base !== name) this.changed++;
    if (!this.used.has(base)) {
      this.used.add(base);
      return base;
    }
    let k = this.nextSuffix.get(base) ?? 2;
    while (this.used.has(`${base}_${k}`)) k++;
    this.nextSuffix.set(base, k + 1);
    const id = `${base}_${k}`;
    this.used.add(id);
    return id;
  }
}
