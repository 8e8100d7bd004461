/**
 * Tokens of the Graphviz DOT language (https://graphviz.org/doc/info/lang.html): identifiers (plain,
 * numerals, double-quoted strings with "+" concatenation, and <HTML> strings), punctuation and edge
 * operators. Comments (// and C-style) and preprocessor lines starting with "#" are skipped. Every token
 * carries its offset; a bad token throws a TextProblem at the offset where it goes wrong.
 */
import { TextProblem } from './format-error.ts';

export type DotTokenKind = 'id' | '{' | '}' | '[' | ']' | ';' | ',' | '=' | ':' | '->' | '--' | 'eof';

export interface DotToken {
  kind: DotTokenKind;
  /** The identifier's value (quotes removed, escapes of quotes resolved); '' for punctuation. */
  value: string;
  /** How the identifier was written: keywords are only recognised when plain. */
  style: 'plain' | 'number' | 'quoted' | 'html' | null;
  offset: number;
}


const isIdStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
const isIdPart = (c: number): boolean => isIdStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export class DotLexer {
  private i = 0;
  private lineStart = true;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  next(): DotToken {
    this.skipTrivia();
    const text = this.text;
    const start = this.i;
    if (start >= text.length) return { kind: 'eof', value: '', style: null, offset: start };
    const c = text.charCodeAt(start);
    const ch = text[start]!;
    if ('{}[];,=:'.includes(ch)) {
      this.i++;
      return { kind: ch as DotTokenKind, value: '', style: null, offset: start };
    }
    if (ch === '-' && (text[start + 1] === '>' || text[start + 1] === '-')) {
      this.i += 2;
      return { kind: text[start + 1] === '>' ? '->' : '--', value: '', style: null, offset: start };
    }
    if (ch === '"') return { kind: 'id', value: this.quoted(), style: 'quoted', offset: start };
    if (ch === '<') return { kind: 'id', value: this.html(), style: 'html', offset: start };
    if (ch === '-' || ch === '.' || isDigit(c)) return { kind: 'id', value: this.numeral(), style: 'number', offset: start };
    if (isIdStart(c)) {
      while (this.i < text.length && isIdPart(text.charCodeAt(this.i))) this.i++;
      return { kind: 'id', value: text.slice(start, this.i), style: 'plain', offset: start };
    }
    throw new TextProblem(`unexpected ${JSON.stringify(ch)}`, start);
  }

  private skipTrivia(): void {
    const text = this.text;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === 10) {
        this.lineStart = true;
        this.i++;
      } else if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) this.i++;
      else if (c === 35 && this.lineStart) {
        while (this.i < text.length && text.charCodeAt(this.i) !== 10) this.i++;
      } else if (c === 47 && text.charCodeAt(this.i + 1) === 47) {
        while (this.i < text.length && text.charCodeAt(this.i) !== 10) this.i++;
      } else if (c === 47 && text.charCodeAt(this.i + 1) === 42) {
        const end = text.indexOf('*/', this.i + 2);
        if (end < 0) throw new TextProblem('this comment is never closed with */', this.i);
        this.i = end + 2;
      } else break;
      if (c !== 10 && c !== 32 && c !== 9 && c !== 13) this.lineStart = false;
    }
    this.lineStart = false;
  }

  /** "..." ("+" "...")*: the value with \" turned into ", and backslash-newline continuations removed. */
  private quoted(): string {
    let value = '';
    for (;;) {
      const start = this.i;
      this.i++;
      const text = this.text;
      let chunkStart = this.i;
      for (;;) {
        if (this.i >= text.length) throw new TextProblem('this string is never closed with a double quote', start);
        const c = text.charCodeAt(this.i);
        if (c === 34) break;
        if (c === 92) {
          const n = text[this.i + 1];
          if (n === '"' || n === '\n' || n === '\r') {
            value += text.slice(chunkStart, this.i) + (n === '"' ? '"' : '');
            this.i += n === '\r' && text[this.i + 2] === '\n' ? 3 : 2;
            chunkStart = this.i;
            continue;
          }
          this.i += 2;
          continue;
        }
        this.i++;
      }
      value += text.slice(chunkStart, this.i);
      this.i++;
      // Concatenation: "a" + "b".
      const save = this.i;
      this.skipTrivia();
      if (this.text[this.i] === '+') {
        this.i++;
        this.skipTrivia();
        if (this.text[this.i] !== '"') throw new TextProblem('"+" must be followed by another double-quoted string', this.i);
        continue;
      }
      this.i = save;
      return value;
    }
  }

  /** <...> with balanced angle brackets; the value is what is between the outer brackets. */
  private html(): string {
    const start = this.i;
    let depth = 0;
    const text = this.text;
    for (; this.i < text.length; this.i++) {
      const ch = text[this.i];
      if (ch === '<') depth++;
      else if (ch === '>') {
        depth--;
        if (depth === 0) {
          this.i++;
          return text.slice(start + 1, this.i - 1);
        }
      }
    }
    throw new TextProblem('this HTML label is never closed with ">"', start);
  }

  /** [-]?(.[0-9]+ | [0-9]+(.[0-9]*)?) */
  private numeral(): string {
    const text = this.text;
    const start = this.i;
    if (text[this.i] === '-') this.i++;
    let digits = 0;
    while (isDigit(text.charCodeAt(this.i))) {
      this.i++;
      digits++;
    }
    if (text[this.i] === '.') {
      this.i++;
      while (isDigit(text.charCodeAt(this.i))) {
        this.i++;
        digits++;
      }
    }
    if (digits === 0) throw new TextProblem(`unexpected ${JSON.stringify(text[start])}`, start);
    if (isIdStart(text.charCodeAt(this.i))) throw new TextProblem('a name cannot start with a digit; put it in double quotes', start);
    return text.slice(start, this.i);
  }
}
