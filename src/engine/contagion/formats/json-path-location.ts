/**
 * Where a value sits in a JSON text that parsed: the offset of the value at a path such as
 * ['data', 12, 'callCount'], so problems found after JSON.parse can be reported at a line and column.
 * One linear scan that skips everything off the path; for a path that does not exist it returns the
 * deepest container it reached.
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): number {
  let i = 0;
  const space = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const skipString = (): void => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 34) {
        i++;
        return;
      } else i++;
    }
  };
  const readKey = (): string => {
    const start = i;
    skipString();
    return JSON.parse(text.slice(start, i)) as string;
  };
  /** Skips one value of any kind. */
  const skipValue = (): void => {
    space();
    const c = text[i];
    if (c === '"') return skipString();
    if (c !== '{' && c !== '[') {
      while (i < text.length && !',]} \n\r\t'.includes(text[i]!)) i++;
      return;
    }
    let depth = 0;
    while (i < text.length) {
      const d = text[i]!;
      if (d === '"') {
        skipString();
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) {
          i++;
          return;
        }
      }
      i++;
    }
  };
  space();
  for (const step of path) {
    const container = i;
    const open = text[i];
    if (open === '{' && typeof step === 'string') {
      i++;
      let found = false;
      for (;;) {
        space();
        if (text[i] !== '"') break;
        const key = readKey();
        space();
        i++; // ':'
        space();
        if (key === step) {
          found = true;
          break;
        }
        skipValue();
        space();
        if (text[i] === ',') i++;
      }
      if (!found) return container;
    } else if (open === '[' && typeof step === 'number') {
      i++;
      let index = 0;
      space();
      while (index < step && text[i] !== ']' && i < text.length) {
        skipValue();
        space();
        if (text[i] === ',') i++;
        space();
        index++;
      }
      if (index !== step || text[i] === ']') return container;
    } else return container;
  }
  return i;
}

/** Offsets of every element of the array at `path`, in one pass (for locating thousands of entries). */
export function arrayElementOffsets(text: string, path: readonly (string | number)[]): number[] {
  const offsets: number[] = [];
  let i = locateJsonPath(text, path);
  if (text[i] !== '[') return offsets;
  i++;
  let depth = 0;
  let expectValue = true;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      if (depth === 0 && expectValue) {
        offsets.push(i);
        expectValue = false;
      }
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (depth === 0 && c === ']') break;
    if (depth === 0 && c === ',') {
      expectValue = true;
      continue;
    }
    if (depth === 0 && expectValue) {
      offsets.push(i);
      expectValue = false;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return offsets;
}
