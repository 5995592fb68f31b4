// Runs a rule's table of examples on node:test, like ESLint's RuleTester: every `allow` command must not match,
// every `stop` command must match with the given message id. Duplicate or empty cases are rejected.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { contextAfter, ruleApplies } from '../../src/core/classify';
import { parseCommandLine } from '../../src/core/shell/parse';
import type { Rule, RuleContext, RuleMatch, Severity } from '../../src/core/rules/types';

export interface StopCase {
  command: string;
  messageId: string;
  /** When given, the match's effective severity must equal this. */
  severity?: Severity;
}

export interface RuleTable {
  allow: string[];
  stop: StopCase[];
  /** Context for every case; defaults to a workspace at /work/project with home /home/dev. */
  context?: RuleContext;
}

export const DEFAULT_TEST_CONTEXT: RuleContext = { cwd: '/work/project', workspaceRoot: '/work/project', home: '/home/dev' };

/** All matches of the rule over every simple command of the line. Like the engine, each command sees the context the
 * commands before it left (`cd dir && …`, `curl -o f URL && …`). */
export function matchesOf(rule: Rule, line: string, context: RuleContext): RuleMatch[] {
  const matches: RuleMatch[] = [];
  let current = context;
  for (const command of parseCommandLine(line).commands) {
    // Same filter as the engine's index: a rule only sees the commands its `commands` and `alsoWhen` declare.
    const match = ruleApplies(rule, command, current) ? rule.match(command, current) : null;
    if (match) matches.push(match);
    current = contextAfter(command, current);
  }
  return matches;
}

export function runRuleTable(rule: Rule, table: RuleTable): void {
  const context = table.context ?? DEFAULT_TEST_CONTEXT;
  describe(rule.meta.id, () => {
    it('has a well-formed table', () => {
      assert.ok(table.allow.length > 0, 'a rule needs at least one allow example');
      assert.ok(table.stop.length > 0, 'a rule needs at least one stop example');
      const all = [...table.allow, ...table.stop.map((s) => s.command)];
      const seen = new Set<string>();
      for (const command of all) {
        assert.ok(command.trim().length > 0, 'empty example');
        assert.ok(!seen.has(command), `duplicate example: ${command}`);
        seen.add(command);
      }
      for (const s of table.stop) assert.ok(s.messageId in rule.meta.messages, `unknown messageId ${s.messageId}`);
    });
    for (const command of table.allow) {
      it(`allows: ${command}`, () => {
        assert.deepEqual(matchesOf(rule, command, context), [], `${rule.meta.id} should not match: ${command}`);
      });
    }
    for (const stop of table.stop) {
      it(`stops: ${stop.command}`, () => {
        const matches = matchesOf(rule, stop.command, context);
        assert.ok(matches.length > 0, `${rule.meta.id} should match: ${stop.command}`);
        assert.ok(matches.some((m) => m.messageId === stop.messageId), `expected messageId ${stop.messageId}, got ${matches.map((m) => m.messageId).join(', ')}`);
        if (stop.severity) {
          assert.ok(matches.some((m) => (m.severity ?? rule.meta.severity) === stop.severity), `expected severity ${stop.severity}`);
        }
      });
    }
  });
}
