// The engine's rule index: which rules run on which command. It must give exactly the rules ruleApplies allows (the
// rule tester filters by the same function), whatever order commands of each shape arrive in.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { builtInRulesFor, contextAfter, ruleApplies, rulesFor } from '../../src/core/classify';
import { allRules } from '../../src/core/rules/registry';
import type { Rule, RuleContext } from '../../src/core/rules/types';
import { parseCommandLine } from '../../src/core/shell/parse';
import type { SimpleCommand } from '../../src/core/shell/types';
import { loadCorpus } from '../corpus/corpus';

function rule(id: string, declared: Pick<Rule, 'commands' | 'alsoWhen'>): Rule {
  return { meta: { id, title: id, severity: 'caution', category: 'destructive', why: '', messages: {} }, ...declared, match: () => null };
}

const commandOf = (line: string): SimpleCommand => parseCommandLine(line).commands.at(-1) as SimpleCommand;
const ids = (rules: readonly Rule[]) => rules.map((r) => r.meta.id);

describe('rule index', () => {
  const rules = [
    rule('named', { commands: ['foo'] }),
    rule('redirects', { commands: ['bar'], alsoWhen: { redirects: true } }),
    rule('piped', { alsoWhen: { pipedInput: true } }),
    rule('family', { alsoWhen: { names: ['interpreter'] } }),
    rule('everything', {}),
  ];
  const cases: [line: string, expected: string[]][] = [
    ['foo x', ['named', 'everything']],
    ['foo x > out', ['named', 'redirects', 'everything']],
    ['bar', ['redirects', 'everything']],
    ['cat x | foo', ['named', 'piped', 'everything']],
    ['cat x | python3.12 -', ['piped', 'family', 'everything']],
    ['perl5.36 < in', ['redirects', 'family', 'everything']],
    ['py < in', ['redirects', 'everything']],
    ['baz', ['everything']],
    ['foo', ['named', 'everything']],
  ];
  for (const [line, expected] of cases) {
    it(line, () => {
      const command = commandOf(line);
      assert.deepEqual(ids(rulesFor(command, rules)), expected);
      assert.deepEqual(ids(rules.filter((r) => ruleApplies(r, command))), expected);
    });
  }

  it('gives the built-in rules ruleApplies allows, for every command of the corpus, in registry order', () => {
    const lines = loadCorpus().map((e) => parseCommandLine(e.command).commands);
    assert.ok(lines.flat().length > 1000);
    // Each command in the context its line gives it (after a `cd`, after a download), as classify does.
    for (const commands of [...lines, ...lines.reverse()]) {
      let context: RuleContext = {};
      for (const command of commands) {
        assert.deepEqual(ids(rulesFor(command, allRules(), context)), ids(allRules().filter((r) => ruleApplies(r, command, context))), command.text);
        context = contextAfter(command, context);
      }
    }
  });

  it('runs an afterDownload rule only on commands after a download, whatever their name', () => {
    const downloaded = rule('downloaded', { alsoWhen: { afterDownload: true } });
    const afterDownload = { downloads: [{ path: 'setup', url: 'https://x.io/setup', tool: 'curl' }] };
    for (const line of ['./setup', 'bash setup', 'setup > log']) {
      const command = commandOf(line);
      assert.deepEqual(ids(rulesFor(command, [downloaded], afterDownload)), ['downloaded'], line);
      assert.deepEqual(ids(rulesFor(command, [downloaded])), [], line);
      assert.deepEqual(ids(rulesFor(command, [downloaded], { downloads: [] })), [], line);
      assert.equal(ruleApplies(downloaded, command, afterDownload), true, line);
      assert.equal(ruleApplies(downloaded, command), false, line);
    }
  });

  it('runs a functionCall rule only on calls of a function the line defined, whatever its name', () => {
    const calls = rule('calls', { alsoWhen: { functionCall: true } });
    for (const [line, expected] of [['f(){ rm x; }; f', ['calls']], ['f', []], ['rm x', []], ['f(){ rm x; }; g', []]] as const) {
      const command = commandOf(line);
      assert.deepEqual(ids(rulesFor(command, [calls])), expected, line);
      assert.equal(ruleApplies(calls, command), expected.length > 0, line);
    }
  });

  it('stays right past the number of names it keeps', () => {
    for (let i = 0; i < 5000; i++) rulesFor(commandOf(`tool${i} > out`), rules);
    assert.deepEqual(ids(rulesFor(commandOf('foo'), rules)), ['named', 'everything']);
    assert.deepEqual(ids(rulesFor(commandOf('tool1'), rules)), ['everything']);
  });

  it('no built-in rule runs on every command (each says which commands it reads, so a line costs a few rules)', () => {
    assert.deepEqual(allRules().filter((r) => !r.commands && !r.alsoWhen).map((r) => r.meta.id), []);
  });

  it('finds the built-in rules from their manifest exactly as from the rules themselves, for every corpus command', () => {
    const lines = loadCorpus().map((e) => parseCommandLine(e.command).commands);
    for (const commands of lines) {
      let context: RuleContext = {};
      for (const command of commands) {
        assert.deepEqual(ids(builtInRulesFor(command, context)), ids(rulesFor(command, allRules(), context)), command.text);
        context = contextAfter(command, context);
      }
    }
  });

  it('loads only the rule packs a command needs (a fresh process deciding rm sets up the filesystem pack alone)', () => {
    const policy = path.join(__dirname, '..', '..', 'src', 'core', 'policy.js');
    const script = `
      const { decide } = require(${JSON.stringify(policy)});
      const d = decide({ command: process.argv[1], environment: 'production', actor: 'agent', context: { cwd: '/w', workspaceRoot: '/w' } });
      const packs = Object.keys(require.cache).map((f) => /[\\/]rules[\\/]([a-z-]+)[\\/]index\.js$/.exec(f)?.[1]).filter(Boolean);
      console.log(JSON.stringify({ decision: d.decision, rules: d.findings.map((f) => f.ruleId), packs: packs.sort() }));`;
    const run = (command: string): { decision: string; rules: string[]; packs: string[] } => JSON.parse(execFileSync(process.execPath, ['-e', script, command], { encoding: 'utf8' })) as { decision: string; rules: string[]; packs: string[] };
    assert.deepEqual(run('rm -rf data'), { decision: 'ask', rules: ['filesystem/rm-data'], packs: ['filesystem'] });
    assert.deepEqual(run('git push --force origin main').packs, ['credential-access', 'git']);
    assert.deepEqual(run('ls -la').packs.includes('sql'), false);
  });
});
