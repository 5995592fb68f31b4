// Runs an agent-tool rule's table of examples on node:test, like rule-tester.ts does for shell rules: every `allow`
// example must not match, every `stop` example must match with the given message id. Examples are strings (a file
// path, a tool name) that `input` turns into the rule's input. Duplicate or empty cases are rejected.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ToolRule } from '../../src/core/hooks/tool-rules/types';

export interface ToolRuleTable<Input> {
  /** Builds the rule's input from one example. */
  input: (example: string) => Input;
  allow: string[];
  stop: { example: string; messageId: string }[];
}

export function runToolRuleTable<Input>(rule: ToolRule<Input>, table: ToolRuleTable<Input>): void {
  describe(rule.meta.id, () => {
    it('has a well-formed table', () => {
      assert.ok(table.allow.length > 0, 'a rule needs at least one allow example');
      assert.ok(table.stop.length > 0, 'a rule needs at least one stop example');
      const seen = new Set<string>();
      for (const example of [...table.allow, ...table.stop.map((s) => s.example)]) {
        assert.ok(example.trim().length > 0, 'empty example');
        assert.ok(!seen.has(example), `duplicate example: ${example}`);
        seen.add(example);
      }
      for (const s of table.stop) assert.ok(s.messageId in rule.meta.messages, `unknown messageId ${s.messageId}`);
    });
    for (const example of table.allow) {
      it(`allows: ${example}`, () => {
        assert.equal(rule.match(table.input(example)), null, `${rule.meta.id} should not match: ${example}`);
      });
    }
    for (const stop of table.stop) {
      it(`stops: ${stop.example}`, () => {
        const match = rule.match(table.input(stop.example));
        assert.ok(match, `${rule.meta.id} should match: ${stop.example}`);
        assert.equal(match.messageId, stop.messageId);
      });
    }
  });
}
