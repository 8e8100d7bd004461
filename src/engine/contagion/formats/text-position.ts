/**
 * Offsets into a text as 1-based line and column numbers. Parsers record plain offsets (cheap, one
 * number per node or edge) and only the few positions that end up in an error or a warning are turned
 * into lines and columns, with one binary search each over the line starts (built once, on first use).
 * Columns count UTF-16 code units, as editors and JavaScript string indices do; a tab counts as one.
 */
export interface Position {
  line: number;
  column: number;
}

export class TextPositions {
  private starts: Int32Array | null = null;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** Line and column (both from 1) of an offset; offsets past the end point just after the last character. */
  at(offset: number): Position {
    const starts = this.lineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo]! + 1 };
  }

  private lineStarts(): Int32Array {
    if (this.starts) return this.starts;
    const list = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // "\r\n" is one break; a lone "\r" (old Mac files) is one too.
      if (c === 10) list.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) list.push(i + 1);
    }
    this.starts = Int32Array.from(list);
    return this.starts;
  }
}
