// The table format shared by the shell parser tests: a command line and the simple commands it must yield.
import { strict as assert } from 'node:assert';
import { it } from 'node:test';
import { parseCommandLine } from '../../../src/core/shell/parse';
import type { ParseLimits, ParseProblemCode, SimpleCommand } from '../../../src/core/shell/types';

export interface ExpectedCommand {
  argv: string[];
  /** Defaults to the basename of argv[0]. */
  name?: string;
  /** Defaults to [] (written directly). */
  via?: string[];
  /** Defaults to none. */
  assignments?: Record<string, string>;
  /** `fd op target`, e.g. `2>&1`, `>/dev/null`; only checked when given. */
  redirects?: string[];
  /** Only checked when given. */
  stdinText?: string;
  /** Names of the commands earlier in the pipeline; only checked when given. */
  pipelineBefore?: string[];
  /** Names of the commands later in the pipeline (`null`: not piped onwards); only checked when given. */
  pipelineAfter?: string[] | null;
  /** Only checked when given. */
  text?: string;
  dynamicName?: boolean;
  /** Runs in the background (`&`); only checked when given. */
  background?: boolean;
  /** The function defined earlier in the line that this command calls, as its name and its body's argvs (`null`: a
   * program, not a function); only checked when given. */
  calls?: { name: string; body: string[][] } | null;
}

export interface ParseCase {
  line: string;
  commands: ExpectedCommand[];
  /** Problem codes, in order; defaults to none. */
  problems?: ParseProblemCode[];
  limits?: ParseLimits;
}

function shown(c: SimpleCommand): string {
  return `${c.name} ${JSON.stringify(c.argv)}${c.via.length ? ` via ${c.via.join(' > ')}` : ''}`;
}

export function checkCase(tc: ParseCase): void {
  const parsed = parseCommandLine(tc.line, tc.limits);
  const got = parsed.commands;
  assert.deepEqual(parsed.problems.map((p) => p.code), tc.problems ?? [], `problems: ${JSON.stringify(parsed.problems)}`);
  assert.equal(got.length, tc.commands.length, `commands: ${got.map(shown).join(' | ')}`);
  tc.commands.forEach((want, i) => {
    const c = got[i];
    const where = `command ${i} (${shown(c)})`;
    assert.deepEqual(c.argv, want.argv, `${where}: argv`);
    assert.equal(c.name, want.name ?? (want.argv[0] ?? '').split('/').pop(), `${where}: name`);
    assert.deepEqual(c.via, want.via ?? [], `${where}: via`);
    assert.deepEqual(Object.fromEntries(c.assignments.map((a) => [a.name, a.value])), want.assignments ?? {}, `${where}: assignments`);
    assert.equal(c.dynamicName ?? false, want.dynamicName ?? false, `${where}: dynamicName`);
    if (want.redirects) assert.deepEqual(c.redirects.map((r) => `${r.fd ?? ''}${r.op}${r.target}`), want.redirects, `${where}: redirects`);
    if (want.stdinText !== undefined) assert.equal(c.stdinText, want.stdinText, `${where}: stdinText`);
    if (want.pipelineBefore) {
      assert.deepEqual(c.pipelineBefore.map((p) => p.name), want.pipelineBefore, `${where}: pipelineBefore`);
      assert.equal(c.pipedInput, want.pipelineBefore.length > 0, `${where}: pipedInput`);
    }
    if (want.pipelineAfter !== undefined) assert.deepEqual(c.pipelineAfter ?? null, want.pipelineAfter, `${where}: pipelineAfter`);
    if (want.text !== undefined) assert.equal(c.text, want.text, `${where}: text`);
    if (want.background !== undefined) assert.equal(c.background ?? false, want.background, `${where}: background`);
    if (want.calls !== undefined) {
      const calls = c.calls ? { name: c.calls.name, body: c.calls.body.map((b) => b.argv) } : null;
      assert.deepEqual(calls, want.calls, `${where}: calls`);
    }
  });
}

/** One `it` per case, named by its command line. */
export function runCases(cases: readonly ParseCase[]): void {
  const seen = new Set<string>();
  for (const tc of cases) {
    const title = tc.line.length > 120 ? `${tc.line.slice(0, 117)}…` : tc.line;
    assert.ok(!seen.has(tc.line), `duplicate case: ${tc.line}`);
    seen.add(tc.line);
    it(JSON.stringify(title), () => checkCase(tc));
  }
}
