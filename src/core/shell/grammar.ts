// Reads tokens into the syntax tree: lists (`;` `&&` `||` `&` newline), pipelines (`|` `|&`), simple commands with
// their assignments and redirections, and the compound commands whose bodies run: `( )`, `{ }`, if, while/until,
// for/select, case, function definitions, `[[ ]]` and `(( ))`.
import type { Group, List, Pipeline, RawCommand, RawRedirect, Stage, Word } from './ast';
import type { ParseContext } from './context';
import { Lexer, type NestedParser, type Token } from './lexer';

const REDIRECT_OPS = new Set(['<', '<<', '<<-', '<<<', '<&', '<>', '>', '>>', '>|', '>&', '&>', '&>>']);
/** Reserved words that only separate parts of a compound command; at command position they are skipped. */
const SEPARATOR_WORDS = new Set(['then', 'else', 'elif', 'do']);
/** Reserved words that close a compound command. */
const CLOSING_WORDS = new Set(['fi', 'done', 'esac', '}']);
const LIST_SEPARATORS = new Set([';', '&', '&&', '||']);
const CASE_SEPARATORS = new Set([';;', ';&', ';;&']);

interface Stop {
  words?: ReadonlySet<string>;
  paren?: boolean;
  caseItem?: boolean;
}

const TOP: Stop = {};
const STOP_FI: Stop = { words: new Set(['fi']) };
const STOP_DONE: Stop = { words: new Set(['done']) };
const STOP_BRACE: Stop = { words: new Set(['}']) };
const STOP_PAREN: Stop = { paren: true };
const STOP_CASE_ITEM: Stop = { words: new Set(['esac']), caseItem: true };

function keyword(t: Token): string | null {
  return t.t === 'word' && !t.w.quoted && !t.w.expansion ? t.w.value : null;
}

export class Parser implements NestedParser {
  readonly lx: Lexer;
  private peeked: Token | null = null;

  /** `depth` is how deeply this source is already nested (wrappers, substitutions) when it is read. */
  constructor(readonly src: string, private readonly ctx: ParseContext, private depth: number) {
    this.lx = new Lexer(src, ctx, this);
  }

  private peek(): Token {
    if (this.peeked === null) this.peeked = this.lx.next();
    return this.peeked;
  }

  private take(): Token {
    const t = this.peek();
    this.peeked = null;
    return t;
  }

  private skipNewlines(): void {
    while (this.peek().t === 'nl') this.take();
  }

  /**
   * Enters one level of nesting; false past the cap. Past the cap a parenthesised body is skipped unread (`skipParen`);
   * any other body cannot be skipped safely, so reading stops.
   */
  private enter(skipParen = false): boolean {
    this.depth++;
    if (!this.ctx.tooDeep(this.depth)) return true;
    if (skipParen) this.lx.skipBalanced();
    else this.ctx.aborted = true;
    this.depth--;
    return false;
  }

  private leave(): void {
    this.depth--;
  }

  /** Reads the whole source. */
  parseProgram(): List {
    const list: List = [];
    for (;;) {
      this.parseListInto(list, TOP);
      const t = this.take();
      if (t.t === 'eof' || this.ctx.aborted) break;
      if (t.t === 'op' && t.op === ')') this.ctx.problem('unbalanced-group', 'a ")" has no matching "("');
      else this.ctx.problem('syntax', `unexpected "${t.t === 'word' ? t.w.value : t.t === 'op' ? t.op : 'newline'}"`);
    }
    return list;
  }

  parseParenList(): List {
    if (!this.enter(true)) return [];
    const list: List = [];
    this.parseListInto(list, STOP_PAREN);
    const t = this.peek();
    if (t.t === 'op' && t.op === ')') this.take();
    else if (!this.ctx.aborted) this.ctx.problem('unterminated-substitution', 'a "$(", "<(" or ">(" is never closed');
    this.leave();
    return list;
  }

  parseSource(text: string): List {
    const inner = new Parser(text, this.ctx, this.depth + 1);
    if (this.ctx.tooDeep(this.depth + 1)) {
      this.ctx.aborted = true;
      return [];
    }
    return inner.parseProgram();
  }

  readHeredocText(body: string): { value: string; subs: Word['subs'] } {
    return new Parser(body, this.ctx, this.depth).lx.heredocText();
  }

  private parseListInto(list: List, stop: Stop): void {
    for (;;) {
      if (this.ctx.aborted) return;
      const t = this.peek();
      if (t.t === 'eof') return;
      if (t.t === 'nl' || (t.t === 'op' && LIST_SEPARATORS.has(t.op))) {
        this.take();
        continue;
      }
      if (t.t === 'op' && t.op === ')') return;
      if (t.t === 'op' && CASE_SEPARATORS.has(t.op)) {
        if (stop.caseItem) return;
        this.take();
        this.ctx.problem('syntax', `unexpected "${t.op}" outside a case`);
        continue;
      }
      const word = keyword(t);
      if (word !== null) {
        if (stop.words?.has(word)) return;
        if (CLOSING_WORDS.has(word)) return;
        if (SEPARATOR_WORDS.has(word)) {
          this.take();
          continue;
        }
      }
      const before = this.lx.pos;
      const pipeline = this.parsePipeline();
      if (pipeline.stages.length > 0) {
        const next = this.peek();
        if (next.t === 'op' && next.op === '&') pipeline.background = true;
        list.push(pipeline);
      } else if (this.lx.pos === before && this.peek() === t) {
        // Nothing could be read here: skip the token so reading always moves on.
        this.take();
        this.ctx.problem('syntax', `unexpected "${t.t === 'op' ? t.op : 'token'}"`);
      }
    }
  }

  private parsePipeline(): Pipeline {
    if (keyword(this.peek()) === '!') this.take();
    // Most pipelines are one command: its list is made at its size (a list grown by push holds room for 17).
    const first = this.parseCommand();
    if (!this.atPipe()) return { stages: first ? [first] : [] };
    const stages: Stage[] = first ? [first] : [];
    do {
      this.take();
      this.skipNewlines();
      const stage = this.parseCommand();
      if (stage) stages.push(stage);
    } while (this.atPipe());
    return { stages };
  }

  private atPipe(): boolean {
    const t = this.peek();
    return t.t === 'op' && (t.op === '|' || t.op === '|&');
  }

  private parseCommand(): Stage | null {
    const t = this.peek();
    if (t.t === 'op' && t.op === '(') {
      if (this.src[t.end] === '(') {
        const word = this.lx.arithmeticCommand(t.start);
        if (word) {
          this.peeked = null;
          return this.noRun([word], t.start, word.end);
        }
      }
      this.take();
      return this.group(STOP_PAREN, '(', ')');
    }
    switch (keyword(t)) {
      case '{':
        this.take();
        return this.group(STOP_BRACE, '{', '}');
      case 'if':
        this.take();
        return this.group(STOP_FI, 'if', 'fi');
      case 'while':
      case 'until':
        this.take();
        return this.group(STOP_DONE, t.t === 'word' ? t.w.value : 'while', 'done');
      case 'for':
      case 'select':
        this.take();
        return this.forLoop();
      case 'case':
        this.take();
        return this.caseCommand();
      case 'function': {
        this.take();
        const name = this.peek();
        if (name.t === 'word') this.take();
        return this.functionBody(name.t === 'word' ? name.w.value : null, true);
      }
      case 'coproc':
        // `coproc cmd` / `coproc { …; }`: the command runs in the background.
        this.take();
        return this.parseCommand();
      case '[[':
        this.take();
        return this.conditional(t.t === 'word' ? t.w.start : 0);
      default:
        return this.simpleCommand();
    }
  }

  /** Reads a body up to `close`, then any redirections of the whole group. */
  private group(stop: Stop, open: string, close: string): Group {
    const list: List = [];
    if (this.enter(close === ')')) {
      this.parseListInto(list, stop);
      const t = this.peek();
      if (close === ')' ? t.t === 'op' && t.op === ')' : keyword(t) === close) this.take();
      else if (!this.ctx.aborted) this.ctx.problem('unbalanced-group', `a "${open}" is never closed by "${close}"`);
      this.leave();
    }
    return { kind: 'group', list, redirects: this.redirects() };
  }

  private redirects(): RawRedirect[] {
    const out: RawRedirect[] = [];
    for (;;) {
      const t = this.peek();
      if (t.t !== 'op' || !REDIRECT_OPS.has(t.op)) return out;
      this.take();
      const r = this.redirectTarget(t.op, t.fd);
      if (r) out.push(r);
    }
  }

  private redirectTarget(op: string, fd: number | undefined): RawRedirect | null {
    const target = this.peek();
    if (target.t !== 'word') {
      this.ctx.problem('syntax', `the redirection "${op}" has no target`);
      return null;
    }
    this.take();
    const r: RawRedirect = { op, fd, target: target.w };
    if (op === '<<' || op === '<<-') {
      r.heredoc = { delimiter: target.w.value, quoted: target.w.quoted, stripTabs: op === '<<-', body: '', subs: [], terminated: false };
      this.lx.pending.push(r.heredoc);
    }
    return r;
  }

  private noRun(words: Word[], start: number, end: number): RawCommand {
    return { kind: 'simple', src: this.src, words, assigns: [], redirects: [], start, end, noRun: true };
  }

  /** `for NAME [in WORDS]; do …; done`, `for ((…)); do …; done`, and `select` alike. */
  private forLoop(): Group {
    const heads: Word[] = [];
    const t = this.peek();
    if (t.t === 'op' && t.op === '(' && this.src[t.end] === '(') {
      this.peeked = null;
      const word = this.lx.arithmeticCommand(t.start, true);
      if (word) heads.push(word);
    } else if (t.t === 'word') {
      this.take();
      this.skipNewlines();
      if (keyword(this.peek()) === 'in') {
        this.take();
        for (let w = this.peek(); w.t === 'word'; w = this.peek()) heads.push((this.take() as { w: Word }).w);
      }
    }
    const body = this.group(STOP_DONE, 'for', 'done');
    if (heads.length > 0) body.list.unshift({ stages: [this.noRun(heads, heads[0].start, heads[heads.length - 1].end)] });
    return body;
  }

  /** `case WORD in PATTERN) LIST ;; … esac`. */
  private caseCommand(): Group {
    const heads: Word[] = [];
    const list: List = [];
    const subject = this.peek();
    if (subject.t === 'word') heads.push((this.take() as { w: Word }).w);
    this.skipNewlines();
    if (keyword(this.peek()) === 'in') this.take();
    else this.ctx.problem('syntax', 'a "case" has no "in"');
    if (this.enter()) {
      for (;;) {
        if (this.ctx.aborted) break;
        this.skipNewlines();
        const t = this.peek();
        if (t.t === 'eof') {
          this.ctx.problem('unbalanced-group', 'a "case" is never closed by "esac"');
          break;
        }
        if (keyword(t) === 'esac') {
          this.take();
          break;
        }
        if (t.t === 'op' && t.op === '(') this.take();
        // Pattern words up to `)`.
        for (;;) {
          const p = this.take();
          if (p.t === 'word') heads.push(p.w);
          else if (p.t === 'op' && p.op === '|') continue;
          else if (p.t === 'op' && p.op === ')') break;
          else {
            this.ctx.problem('syntax', 'a case pattern is not closed by ")"');
            break;
          }
        }
        this.parseListInto(list, STOP_CASE_ITEM);
        const sep = this.peek();
        if (sep.t === 'op' && CASE_SEPARATORS.has(sep.op)) this.take();
        else if (keyword(sep) !== 'esac' && sep.t !== 'eof') this.take();
      }
      this.leave();
    }
    if (heads.length > 0) list.unshift({ stages: [this.noRun(heads, heads[0].start, heads[heads.length - 1].end)] });
    return { kind: 'group', list, redirects: this.redirects() };
  }

  /**
   * After `function NAME` or `NAME (`: the body is read as commands (a function is usually called right away), and
   * marked with the function's name so calls later in the line can be told from programs. `keyword`: written with
   * `function`, where `()` is optional.
   */
  private functionBody(name: string | null, keyword = false): Stage | null {
    if (keyword) {
      const open = this.peek();
      if (open.t === 'op' && open.op === '(') this.take();
      else {
        this.skipNewlines();
        return this.named(name, this.parseCommand());
      }
    }
    const close = this.peek();
    if (close.t === 'op' && close.op === ')') this.take();
    else this.ctx.problem('syntax', 'a function definition is missing ")"');
    this.skipNewlines();
    return this.named(name, this.parseCommand());
  }

  /** The body of function `name` as a group carrying the name. */
  private named(name: string | null, body: Stage | null): Stage | null {
    if (name === null || body === null) return body;
    const group: Group = body.kind === 'group' ? body : { kind: 'group', list: [{ stages: [body] }], redirects: [] };
    group.functionName = name;
    return group;
  }

  /** `[[ … ]]`: not a command, but substitutions inside it run. */
  private conditional(start: number): RawCommand {
    const words: Word[] = [];
    let end = start + 2;
    for (;;) {
      const t = this.take();
      if (t.t === 'eof') {
        this.ctx.problem('unbalanced-group', 'a "[[" is never closed by "]]"');
        break;
      }
      if (t.t === 'word') {
        end = t.w.end;
        if (keyword(t) === ']]') break;
        words.push(t.w);
      }
    }
    return this.noRun(words, start, end);
  }

  private simpleCommand(): Stage | null {
    const words: Word[] = [];
    const assigns: Word[] = [];
    const redirects: RawRedirect[] = [];
    let start = -1;
    let end = -1;
    for (;;) {
      const t = this.peek();
      if (t.t === 'word') {
        this.take();
        if (start < 0) start = t.w.start;
        end = t.w.end;
        if (words.length === 0 && t.w.assignEq > 0) assigns.push(t.w);
        else words.push(t.w);
        continue;
      }
      if (t.t === 'op' && REDIRECT_OPS.has(t.op)) {
        this.take();
        if (start < 0) start = t.start;
        end = t.end;
        const r = this.redirectTarget(t.op, t.fd);
        if (r) {
          redirects.push(r);
          end = r.target.end;
        }
        continue;
      }
      // `name () body` is a function definition; `time (cmd)` is not, and leaves the subshell to the list.
      if (t.t === 'op' && t.op === '(' && words.length === 1 && assigns.length === 0 && redirects.length === 0 && /^[ \t]*\)/.test(this.src.slice(t.end, t.end + 16))) {
        this.take();
        return this.functionBody(words[0].value);
      }
      // `iex (iwr https://x/a.ps1)`, `Write-Host (Remove-Item x)`: a parenthesised list after a command's words is a sh
      // syntax error but PowerShell's grouping argument, whose commands run first and whose output is the argument.
      // Read it like `$( … )`, so the commands inside are judged and the word shows what it runs. (`time (cmd)` is
      // bash's timed subshell and stays one.)
      if (t.t === 'op' && t.op === '(' && words.length > 0 && words[0].value !== 'time' && this.src[t.end] !== '(') {
        this.take();
        const list = this.parseParenList();
        const close = this.lx.pos;
        words.push({ value: this.src.slice(t.start, close), start: t.start, end: close, quoted: false, expansion: true, glob: false, assignEq: -1, subs: [{ kind: '$()', list, src: this.src }] });
        end = close;
        continue;
      }
      break;
    }
    if (start < 0) return null;
    if (words.length > 0) this.ctx.countRead();
    return { kind: 'simple', src: this.src, words, assigns, redirects, start, end };
  }
}
