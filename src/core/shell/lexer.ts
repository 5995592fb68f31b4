// Splits shell source into tokens (words, operators, newlines) the way POSIX sh / bash does: quotes, escapes,
// line continuations, comments, `$'…'`, `${…}`, `$((…))`, and heredoc bodies read at the next newline.
// Command substitutions `$( )`, backticks and `<( )` are handed back to the parser so the commands inside are read.
import { NO_SUBS, type Heredoc, type List, type Substitution, type Word } from './ast';
import type { ParseContext } from './context';
import { decodeEscapes } from './decode';

export type Token =
  | { t: 'word'; w: Word }
  | { t: 'op'; op: string; fd?: number; start: number; end: number }
  | { t: 'nl'; start: number }
  | { t: 'eof'; start: number };

/** What the lexer needs from the parser that owns it. */
export interface NestedParser {
  /** Reads a command list from the lexer's position up to and past an unmatched `)`. */
  parseParenList(): List;
  /** Reads a separate piece of source (the unescaped text of a backtick substitution). */
  parseSource(text: string): List;
  /** Reads an unquoted heredoc body: resolves its escapes and reads its command substitutions. */
  readHeredocText(body: string): { value: string; subs: readonly Substitution[] };
}

const C_TAB = 9;
const C_NL = 10;
const C_CR = 13;
const C_SPACE = 32;
const C_AMPERSAND = 38;
const C_OPEN = 40;
const C_CLOSE = 41;
const C_SEMICOLON = 59;
const C_LESS = 60;
const C_GREATER = 62;
const C_BAR = 124;

// The class of each ASCII character, read from a table: the lexer asks for every character of every word.
const META = 1;
const SPECIAL = 2;
const CHAR_CLASS = new Uint8Array(128);
/** Characters that end an unquoted word. */
for (const ch of ' \t\n\r;&|()<>') CHAR_CLASS[ch.charCodeAt(0)] = META;
/** Characters with a meaning inside an unquoted word; everything else is copied as a run. */
for (const ch of '\\\'"$`*?[{,=') CHAR_CLASS[ch.charCodeAt(0)] = SPECIAL;

function isMeta(c: number): boolean {
  return c < 128 && CHAR_CLASS[c] === META;
}

function isWordSpecial(c: number): boolean {
  return c < 128 && CHAR_CLASS[c] === SPECIAL;
}

/** Neither meta nor special: part of a plain run. */
function isPlain(c: number): boolean {
  return c >= 128 || CHAR_CLASS[c] === 0;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}

/** `<(…)` / `>(…)` at `at`: a process substitution, part of a word. */
function startsProcessSubstitution(src: string, at: number): boolean {
  const c = src.charCodeAt(at);
  return (c === 60 || c === 62) && src.charCodeAt(at + 1) === 40;
}

const ASSIGNMENT_NAME = /^[A-Za-z_][A-Za-z0-9_]*\+?$/;

/** A word being read. `literal` stays true while every character so far was unquoted and plain. */
interface WordBuilder {
  value: string;
  quoted: boolean;
  expansion: boolean;
  glob: boolean;
  brace: boolean;
  literal: boolean;
  assignEq: number;
  subs: Substitution[];
}

function newBuilder(): WordBuilder {
  return { value: '', quoted: false, expansion: false, glob: false, brace: false, literal: true, assignEq: -1, subs: [] };
}

export class Lexer {
  pos = 0;
  /** Heredocs whose bodies start after the next newline. */
  pending: Heredoc[] = [];

  constructor(readonly src: string, private readonly ctx: ParseContext, private readonly owner: NestedParser) {}

  next(): Token {
    const src = this.src;
    const len = src.length;
    if (this.ctx.aborted) return { t: 'eof', start: len };
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (c === C_SPACE || c === C_TAB || c === C_CR) this.pos++;
      else if (c === 92 && src.charCodeAt(this.pos + 1) === C_NL) this.pos += 2;
      else if (c === 35 /* # */) {
        const nl = src.indexOf('\n', this.pos);
        this.pos = nl < 0 ? len : nl;
      } else break;
    }
    const start = this.pos;
    if (start >= len) {
      if (this.pending.length > 0) this.readHeredocBodies();
      return { t: 'eof', start };
    }
    // Char codes, not one-character strings: every token starts here.
    const c = src.charCodeAt(start);
    const n = src.charCodeAt(start + 1);
    if (c === C_NL) {
      this.pos++;
      if (this.pending.length > 0) this.readHeredocBodies();
      return { t: 'nl', start };
    }
    if (c === C_SEMICOLON) {
      if (n === C_SEMICOLON) return this.op(src.charCodeAt(start + 2) === C_AMPERSAND ? ';;&' : ';;', start);
      return this.op(n === C_AMPERSAND ? ';&' : ';', start);
    }
    if (c === C_AMPERSAND) {
      if (n === C_AMPERSAND) return this.op('&&', start);
      if (n === C_GREATER) return this.op(src.charCodeAt(start + 2) === C_GREATER ? '&>>' : '&>', start);
      return this.op('&', start);
    }
    if (c === C_BAR) return this.op(n === C_BAR ? '||' : n === C_AMPERSAND ? '|&' : '|', start);
    if (c === C_OPEN) return this.op('(', start);
    if (c === C_CLOSE) return this.op(')', start);
    if ((c === C_LESS || c === C_GREATER) && n !== C_OPEN) return this.redirectOp(start, undefined);
    if (c >= 48 && c <= 57) {
      let j = start + 1;
      while (j < len && src.charCodeAt(j) >= 48 && src.charCodeAt(j) <= 57) j++;
      const after = src.charCodeAt(j);
      if ((after === C_LESS || after === C_GREATER) && src.charCodeAt(j + 1) !== C_OPEN) {
        this.pos = j;
        return this.redirectOp(start, Number(src.slice(start, j)));
      }
    }
    return { t: 'word', w: this.word() };
  }

  private op(op: string, start: number): Token {
    this.pos = start + op.length;
    return { t: 'op', op, start, end: this.pos };
  }

  /** Reads a redirection operator at `this.pos` (`<`, `<<`, `<<-`, `<<<`, `<&`, `<>`, `>`, `>>`, `>|`, `>&`). */
  private redirectOp(start: number, fd: number | undefined): Token {
    const src = this.src;
    const at = this.pos;
    let op: string;
    if (src[at] === '<') {
      if (src.startsWith('<<<', at)) op = '<<<';
      else if (src.startsWith('<<-', at)) op = '<<-';
      else if (src[at + 1] === '<') op = '<<';
      else if (src[at + 1] === '&') op = '<&';
      else if (src[at + 1] === '>') op = '<>';
      else op = '<';
    } else if (src[at + 1] === '>') op = '>>';
    else if (src[at + 1] === '|') op = '>|';
    else if (src[at + 1] === '&') op = '>&';
    else op = '>';
    this.pos = at + op.length;
    return { t: 'op', op, fd, start, end: this.pos };
  }

  /** Reads one word starting at `this.pos`. */
  word(): Word {
    const src = this.src;
    const len = src.length;
    const start = this.pos;
    // Most words are one plain run (`rm`, `-rf`, `node_modules`): those need no builder and no substitution list.
    let plainEnd = start;
    while (plainEnd < len && isPlain(src.charCodeAt(plainEnd))) plainEnd++;
    if (plainEnd > start && (plainEnd >= len || (isMeta(src.charCodeAt(plainEnd)) && !startsProcessSubstitution(src, plainEnd)))) {
      this.pos = plainEnd;
      return { value: src.slice(start, plainEnd), start, end: plainEnd, quoted: false, expansion: false, glob: false, assignEq: -1, subs: NO_SUBS };
    }
    const b = newBuilder();
    while (this.pos < len) {
      const c = src.charCodeAt(this.pos);
      if (isMeta(c)) {
        if (startsProcessSubstitution(src, this.pos)) {
          this.substitution(b, c === 60 ? '<()' : '>()', 2);
          continue;
        }
        break;
      }
      if (!isWordSpecial(c)) {
        let j = this.pos + 1;
        while (j < len && isPlain(src.charCodeAt(j))) j++;
        b.value += src.slice(this.pos, j);
        this.pos = j;
        continue;
      }
      switch (c) {
        case 92: // backslash
          if (src.charCodeAt(this.pos + 1) === C_NL) this.pos += 2;
          else if (this.pos + 1 >= len) {
            b.value += '\\';
            this.pos++;
          } else {
            b.value += src[this.pos + 1];
            this.pos += 2;
            b.quoted = true;
            b.literal = false;
          }
          break;
        case 39: {
          // '…'
          const end = src.indexOf("'", this.pos + 1);
          b.quoted = true;
          b.literal = false;
          if (end < 0) {
            this.ctx.problem('unterminated-quote', "a single quote (') is never closed");
            b.value += src.slice(this.pos + 1);
            this.pos = len;
          } else {
            b.value += src.slice(this.pos + 1, end);
            this.pos = end + 1;
          }
          break;
        }
        case 34:
          this.pos++;
          this.doubleQuoted(b, true);
          break;
        case 36:
          this.dollar(b, false);
          break;
        case 96:
          this.backtick(b);
          break;
        case 61: // =
          if (b.assignEq < 0 && b.literal && ASSIGNMENT_NAME.test(b.value)) {
            b.assignEq = b.value.length;
            b.value += '=';
            this.pos++;
            if (src.charCodeAt(this.pos) === 40) this.arrayValue(b);
          } else {
            b.value += '=';
            this.pos++;
          }
          b.literal = false;
          break;
        case 123: // {
          b.brace = true;
          b.value += '{';
          this.pos++;
          break;
        case 44: // ,
          if (b.brace) b.glob = true;
          b.value += ',';
          this.pos++;
          break;
        default:
          // * ? [
          b.glob = true;
          b.literal = false;
          b.value += src[this.pos];
          this.pos++;
      }
    }
    return {
      value: b.value,
      start,
      end: this.pos,
      quoted: b.quoted,
      expansion: b.expansion,
      glob: b.glob,
      assignEq: b.assignEq,
      subs: b.subs.length > 0 ? b.subs : NO_SUBS,
    };
  }

  /** `NAME=(a b c)`: keeps the list as written. */
  private arrayValue(b: WordBuilder): void {
    const start = this.pos;
    this.pos++;
    let depth = 1;
    while (this.pos < this.src.length && depth > 0) {
      const ch = this.src[this.pos];
      if (ch === '\\') this.pos += 2;
      else if (ch === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        this.pos = end < 0 ? this.src.length : end + 1;
      } else if (ch === '"') {
        const saved = b.value;
        this.pos++;
        this.doubleQuoted(b, true);
        b.value = saved;
      } else if (ch === '$' || ch === '`') {
        const saved = b.value;
        if (ch === '$') this.dollar(b, false);
        else this.backtick(b);
        b.value = saved;
      } else {
        if (ch === '(') depth++;
        else if (ch === ')') depth--;
        this.pos++;
      }
    }
    if (depth > 0) this.ctx.problem('unbalanced-group', 'an array value "(…" is never closed');
    b.value += this.src.slice(start, this.pos);
  }

  /**
   * The inside of `"…"` (after the opening quote) when `closing`; else a whole unquoted heredoc body, where `"` is
   * an ordinary character.
   */
  doubleQuoted(b: WordBuilder, closing: boolean): void {
    const src = this.src;
    const len = src.length;
    b.quoted = true;
    b.literal = false;
    while (this.pos < len) {
      const c = src.charCodeAt(this.pos);
      if (c === 34 && closing) {
        this.pos++;
        return;
      }
      if (c === 92) {
        const n = src[this.pos + 1];
        if (n === '\n') this.pos += 2;
        else if (n === '$' || n === '`' || n === '\\' || (n === '"' && closing)) {
          b.value += n;
          this.pos += 2;
        } else {
          b.value += '\\';
          this.pos++;
        }
      } else if (c === 36) this.dollar(b, true);
      else if (c === 96) this.backtick(b);
      else {
        let j = this.pos + 1;
        while (j < len) {
          const d = src.charCodeAt(j);
          if (d === 34 || d === 92 || d === 36 || d === 96) break;
          j++;
        }
        b.value += src.slice(this.pos, j);
        this.pos = j;
      }
    }
    if (closing) this.ctx.problem('unterminated-quote', 'a double quote (") is never closed');
  }

  /** Everything that starts with `$`. */
  private dollar(b: WordBuilder, inDouble: boolean): void {
    const src = this.src;
    const n = src[this.pos + 1];
    if (n === '(') {
      if (src[this.pos + 2] === '(') this.arithmetic(b, this.pos + 1);
      else this.substitution(b, '$()', 2);
      return;
    }
    if (n === '{') {
      this.braceParameter(b);
      return;
    }
    if (n === "'" && !inDouble) {
      let j = this.pos + 2;
      while (j < src.length && src[j] !== "'") j += src[j] === '\\' ? 2 : 1;
      b.value += decodeEscapes(src.slice(this.pos + 2, Math.min(j, src.length)), 'ansi-c');
      b.quoted = true;
      b.literal = false;
      if (j >= src.length) {
        this.ctx.problem('unterminated-quote', "a $'…' quote is never closed");
        this.pos = src.length;
      } else this.pos = j + 1;
      return;
    }
    if (n === '"' && !inDouble) {
      this.pos += 2;
      this.doubleQuoted(b, true);
      return;
    }
    const code = src.charCodeAt(this.pos + 1);
    if (isNameStart(code)) {
      let j = this.pos + 2;
      while (j < src.length && isNameChar(src.charCodeAt(j))) j++;
      b.value += src.slice(this.pos, j);
      this.pos = j;
      b.expansion = true;
      b.literal = false;
      return;
    }
    if (n !== undefined && '0123456789@*#?-$!'.includes(n)) {
      b.value += src.slice(this.pos, this.pos + 2);
      this.pos += 2;
      b.expansion = true;
      b.literal = false;
      return;
    }
    b.value += '$';
    this.pos++;
  }

  /** `$( … )`, `<( … )`, `>( … )`: the parser reads the list; the word keeps the text as written. */
  private substitution(b: WordBuilder, kind: '$()' | '<()' | '>()', openLength: number): void {
    const start = this.pos;
    this.pos += openLength;
    const list = this.owner.parseParenList();
    b.subs.push({ kind, list, src: this.src });
    b.value += this.src.slice(start, this.pos);
    b.expansion = true;
    b.literal = false;
  }

  /** `` `…` ``: the text between the backticks is unescaped and read as its own source. */
  private backtick(b: WordBuilder): void {
    const src = this.src;
    const start = this.pos;
    let j = start + 1;
    let text = '';
    while (j < src.length && src[j] !== '`') {
      if (src[j] === '\\' && j + 1 < src.length) {
        const n = src[j + 1];
        text += n === '`' || n === '$' || n === '\\' ? n : `\\${n}`;
        j += 2;
      } else {
        text += src[j];
        j++;
      }
    }
    if (j >= src.length) {
      this.ctx.problem('unterminated-substitution', 'a backtick (`) command substitution is never closed');
      this.pos = src.length;
    } else this.pos = j + 1;
    b.subs.push({ kind: '$()', list: this.owner.parseSource(text), src: text });
    b.value += src.slice(start, this.pos);
    b.expansion = true;
    b.literal = false;
  }

  /** `${ … }`, reading any substitutions inside (`${x:-$(cmd)}`). */
  private braceParameter(b: WordBuilder): void {
    const src = this.src;
    const start = this.pos;
    const saved = b.value;
    this.pos += 2;
    let depth = 1;
    while (this.pos < src.length) {
      const ch = src[this.pos];
      if (ch === '}') {
        depth--;
        this.pos++;
        if (depth === 0) break;
      } else if (ch === '{') {
        depth++;
        this.pos++;
      } else if (ch === '\\') this.pos += 2;
      else if (ch === "'") {
        const end = src.indexOf("'", this.pos + 1);
        this.pos = end < 0 ? src.length : end + 1;
      } else if (ch === '"') {
        this.pos++;
        this.doubleQuoted(b, true);
      } else if (ch === '$' && src[this.pos + 1] !== '{') this.dollar(b, true);
      else if (ch === '$') {
        depth++;
        this.pos += 2;
      } else if (ch === '`') this.backtick(b);
      else this.pos++;
    }
    if (depth > 0) this.ctx.problem('unterminated-substitution', 'a ${…} expansion is never closed');
    b.value = saved + src.slice(start, Math.min(this.pos, src.length));
    b.expansion = true;
    b.literal = false;
  }

  /** `((…))` starting at `open` (the first `(`), reading any substitutions inside. */
  arithmetic(b: WordBuilder, open: number): void {
    const src = this.src;
    const start = src[open - 1] === '$' ? open - 1 : open;
    const saved = b.value;
    this.pos = open + 2;
    let depth = 0;
    let closed = false;
    while (this.pos < src.length) {
      const ch = src[this.pos];
      if (ch === '(') {
        depth++;
        this.pos++;
      } else if (ch === ')') {
        this.pos++;
        if (depth > 0) depth--;
        else if (src[this.pos] === ')') {
          this.pos++;
          closed = true;
          break;
        } else {
          closed = true;
          break;
        }
      } else if (ch === '$') this.dollar(b, true);
      else if (ch === '`') this.backtick(b);
      else if (ch === '\\') this.pos += 2;
      else this.pos++;
    }
    if (!closed) this.ctx.problem('unterminated-substitution', 'an arithmetic expression ((…)) is never closed');
    b.value = saved + src.slice(start, Math.min(this.pos, src.length));
    b.expansion = true;
    b.literal = false;
  }

  /**
   * Reads `((…))` as an arithmetic command at `open` when it holds no command separators (`;` is allowed in the head
   * of `for ((…;…;…))`); else leaves pos alone, and the parser reads `( (…) )` subshells.
   */
  arithmeticCommand(open: number, forLoop = false): Word | null {
    const src = this.src;
    let depth = 0;
    for (let j = open + 2; j < src.length; j++) {
      const ch = src[j];
      if ((ch === ';' && !forLoop) || ch === '|' || ch === '&' || ch === '\n') return null;
      if (ch === '(') depth++;
      else if (ch === ')') {
        if (depth > 0) depth--;
        else if (src[j + 1] === ')') break;
        else return null;
      }
    }
    const b = newBuilder();
    this.arithmetic(b, open);
    return { value: b.value, start: open, end: this.pos, quoted: false, expansion: true, glob: false, assignEq: -1, subs: b.subs };
  }

  /**
   * Skips to just past the `)` that closes an already opened `(`, without reading what is inside (used past the
   * nesting cap). Quotes and escapes are honoured so a `)` inside them does not count.
   */
  skipBalanced(): void {
    const src = this.src;
    let depth = 1;
    while (this.pos < src.length) {
      const ch = src[this.pos];
      if (ch === '\\') this.pos += 2;
      else if (ch === "'") {
        const end = src.indexOf("'", this.pos + 1);
        this.pos = end < 0 ? src.length : end + 1;
      } else if (ch === '"') {
        let j = this.pos + 1;
        while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
        this.pos = j + 1;
      } else {
        this.pos++;
        if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) return;
      }
    }
    this.pos = src.length;
  }

  /** Reads the bodies of pending heredocs, starting at `this.pos` (just after a newline). */
  private readHeredocBodies(): void {
    const src = this.src;
    const docs = this.pending;
    this.pending = [];
    for (const doc of docs) {
      let body = '';
      let terminated = false;
      while (this.pos < src.length) {
        let lineEnd = src.indexOf('\n', this.pos);
        if (lineEnd < 0) lineEnd = src.length;
        let line = src.slice(this.pos, lineEnd);
        this.pos = lineEnd + 1;
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        if (line === doc.delimiter || line === `${doc.delimiter}\r`) {
          terminated = true;
          break;
        }
        body += `${line}\n`;
      }
      if (this.pos > src.length) this.pos = src.length;
      doc.terminated = terminated;
      if (!terminated) this.ctx.problem('unterminated-heredoc', `the heredoc body is never ended by a "${doc.delimiter}" line`);
      if (doc.quoted) doc.body = body;
      else {
        const read = this.owner.readHeredocText(body);
        doc.body = read.value;
        doc.subs = read.subs;
      }
    }
  }

  /** Reads this lexer's whole source as an unquoted heredoc body. */
  heredocText(): { value: string; subs: readonly Substitution[] } {
    const b = newBuilder();
    this.doubleQuoted(b, false);
    return { value: b.value, subs: b.subs };
  }
}
