/**
 * Collects warnings without flooding: each kind of warning (a code plus a key, e.g. the attribute name)
 * is kept once, with the location of its first occurrence and a count.
 */
import type { TextPositions } from './text-position.ts';
import type { ImportWarning, WarningCode } from './types.ts';

export class Warnings {
  private readonly byKey = new Map<string, ImportWarning>();
  private readonly positions: TextPositions;

  constructor(positions: TextPositions) {
    this.positions = positions;
  }

  /** `offset` < 0 for a warning about the whole file. */
  add(code: WarningCode, message: string, offset: number, key = ''): void {
    const id = `${code}\u0000${key}`;
    const seen = this.byKey.get(id);
    if (seen) {
      seen.count++;
      return;
    }
    const warning: ImportWarning = { code, message, count: 1 };
    if (offset >= 0) Object.assign(warning, this.positions.at(offset));
    this.byKey.set(id, warning);
  }

  list(): ImportWarning[] {
    return [...this.byKey.values()].map((w) => (w.count > 1 ? { ...w, message: `${w.message} (and ${w.count - 1} more like it)` } : w));
  }
}
