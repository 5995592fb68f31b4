// Caps and unreadable input: the parser reports a problem, keeps what it read, and never throws.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseCommandLine } from '../../../src/core/shell/parse';
import { DEFAULT_PARSE_LIMITS } from '../../../src/core/shell/types';
import { runCases, type ParseCase } from './cases';

const SMALL = { maxLength: 200, maxDepth: 3, maxCommands: 4 };

const unreadable: ParseCase[] = [
  { line: 'echo "unterminated', commands: [{ argv: ['echo', 'unterminated'] }], problems: ['unterminated-quote'] },
  { line: "rm -rf '/tmp/x", commands: [{ argv: ['rm', '-rf', '/tmp/x'] }], problems: ['unterminated-quote'] },
  { line: "echo $'abc", commands: [{ argv: ['echo', 'abc'] }], problems: ['unterminated-quote'] },
  { line: 'echo $(rm x', commands: [{ argv: ['rm', 'x'], via: ['$()'] }, { argv: ['echo', '$(rm x'] }], problems: ['unterminated-substitution'] },
  { line: 'echo `rm x', commands: [{ argv: ['rm', 'x'], via: ['$()'] }, { argv: ['echo', '`rm x'] }], problems: ['unterminated-substitution'] },
  { line: 'echo ${x', commands: [{ argv: ['echo', '${x'] }], problems: ['unterminated-substitution'] },
  { line: '(rm x', commands: [{ argv: ['rm', 'x'] }], problems: ['unbalanced-group'] },
  { line: 'rm x)', commands: [{ argv: ['rm', 'x'] }], problems: ['unbalanced-group'] },
  { line: '{ rm x', commands: [{ argv: ['rm', 'x'] }], problems: ['unbalanced-group'] },
  { line: 'if true; then rm x', commands: [{ argv: ['true'] }, { argv: ['rm', 'x'] }], problems: ['unbalanced-group'] },
  { line: 'rm x; fi; rm y', commands: [{ argv: ['rm', 'x'] }, { argv: ['rm', 'y'] }], problems: ['syntax'] },
  { line: 'cat <<EOF\nrm x', commands: [{ argv: ['cat'], stdinText: 'rm x\n' }], problems: ['unterminated-heredoc'] },
  { line: 'bash <<EOF\nrm x', commands: [{ argv: ['bash'] }, { argv: ['rm', 'x'], via: ['heredoc-to-shell'] }], problems: ['unterminated-heredoc'] },
  { line: "bash -c 'rm \"x'", commands: [{ argv: ['rm', 'x'], via: ['bash -c'] }], problems: ['unterminated-quote'] },
  { line: 'ls >', commands: [{ argv: ['ls'] }], problems: ['syntax'] },
];

const caps: ParseCase[] = [
  {
    line: 'a; b; c; d; e; f',
    limits: SMALL,
    commands: [{ argv: ['a'] }, { argv: ['b'] }, { argv: ['c'] }, { argv: ['d'] }],
    problems: ['too-many-commands'],
  },
  {
    line: "bash -c \"bash -c 'bash -c \\\"bash -c rm\\\"'\"",
    limits: SMALL,
    commands: [{ argv: ['bash', '-c', 'rm'], via: ['bash -c', 'bash -c', 'bash -c'] }],
    problems: ['too-deep'],
  },
  { line: 'sudo sudo sudo sudo rm x', limits: SMALL, commands: [{ argv: ['sudo', 'rm', 'x'], via: ['sudo', 'sudo', 'sudo'] }], problems: ['too-deep'] },
  {
    line: 'echo $(echo $(echo $(echo $(rm x))))',
    limits: SMALL,
    commands: [
      { argv: ['echo', '$(rm x)'], via: ['$()', '$()', '$()'] },
      { argv: ['echo', '$(echo $(rm x))'], via: ['$()', '$()'] },
      { argv: ['echo', '$(echo $(echo $(rm x)))'], via: ['$()'] },
      { argv: ['echo', '$(echo $(echo $(echo $(rm x))))'] },
    ],
    problems: ['too-deep'],
  },
  { line: 'rm a; ( ( ( (rm x) ) ) ); rm b', limits: SMALL, commands: [{ argv: ['rm', 'a'] }, { argv: ['rm', 'b'] }], problems: ['too-deep'] },
  { line: 'rm a; if a; then if b; then if c; then if d; then rm x; fi; fi; fi; fi; rm b', limits: SMALL, commands: [{ argv: ['rm', 'a'] }, { argv: ['a'] }, { argv: ['b'] }, { argv: ['c'] }], problems: ['too-deep'] },
  { line: `rm a; echo ${'x'.repeat(300)}`, limits: SMALL, commands: [{ argv: ['rm', 'a'] }, { argv: ['echo', 'x'.repeat(189)] }], problems: ['too-long'] },
];

describe('shell parser: unreadable input', () => runCases(unreadable));
describe('shell parser: caps', () => runCases(caps));

/** A small deterministic generator, so failures can be replayed. */
function* randomLines(seed: number, count: number): Generator<string> {
  const pieces = ['rm', ' ', '-rf', '/', "'", '"', '\\', '$(', ')', '`', '(', '{', '}', ';', '&&', '|', '||', '&', '\n', '<<', 'EOF', '<<<',
    '>', '2>&1', '<(', '$\'', '${', '$((', '#', 'if', 'then', 'fi', 'for', 'in', 'do', 'done', 'case', 'esac', ';;', 'bash -c ', 'sudo ',
    'eval ', 'xargs ', 'find . -exec ', '\\;', 'x=', '[[', ']]', 'function', 'echo ', '| sh', 'python -c ', '\u2013', '*', '?'];
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  for (let i = 0; i < count; i++) {
    let line = '';
    const length = 1 + next(30);
    for (let j = 0; j < length; j++) line += pieces[next(pieces.length)];
    yield line;
  }
}

describe('shell parser: robustness', () => {
  it('never throws and always returns well-formed commands on random input', () => {
    for (const line of randomLines(7, 3000)) {
      const parsed = parseCommandLine(line);
      assert.equal(parsed.source, line);
      for (const c of parsed.commands) {
        assert.ok(Array.isArray(c.argv) && typeof c.name === 'string' && typeof c.text === 'string', `malformed command for ${JSON.stringify(line)}`);
        assert.ok(c.argv.length > 0 || c.name === '', `a command without words has no name: ${JSON.stringify(line)}`);
      }
      assert.ok(parsed.commands.length <= DEFAULT_PARSE_LIMITS.maxCommands);
    }
  });

  it('stops deep nesting with a problem instead of overflowing the stack', () => {
    for (const line of ['$('.repeat(20000), '('.repeat(20000), 'if '.repeat(20000), '{ '.repeat(20000), '`'.repeat(20001), '${'.repeat(20000), 'eval '.repeat(5000) + 'rm', 'sudo '.repeat(5000) + 'rm', '$(('.repeat(20000)]) {
      const parsed = parseCommandLine(line);
      assert.ok(parsed.problems.length > 0, `expected a problem for ${line.slice(0, 20)}…`);
    }
  });

  it('keeps reading up to the length cap and reports the rest', () => {
    const line = 'rm x; '.repeat(20000);
    const parsed = parseCommandLine(line);
    assert.deepEqual(parsed.problems.map((p) => p.code), ['too-long', 'too-many-commands']);
    assert.equal(parsed.commands.length, DEFAULT_PARSE_LIMITS.maxCommands);
    assert.equal(parsed.source, line);
  });

  it('gives each command its own source text', () => {
    const parsed = parseCommandLine('FOO=1 sudo rm -rf "/tmp/a b" > log && git push --force # done');
    assert.deepEqual(parsed.commands.map((c) => c.text), ['rm -rf "/tmp/a b" > log', 'git push --force']);
  });
});
