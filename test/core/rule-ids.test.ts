// `agentGuard.rules` entries for ids no rule has are reported (with the nearest real id), not silently ignored.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readGuardConfig } from '../../src/core/config';
import { unknownRuleIdWarnings } from '../../src/core/rule-ids';

function warningsFor(rules: Record<string, string>, customRules: unknown[] = []): string[] {
  const { config, errors } = readGuardConfig({ 'agentGuard.rules': rules, 'agentGuard.customRules': customRules });
  assert.deepEqual(errors, []);
  return unknownRuleIdWarnings(config);
}

describe('unknown rule ids in agentGuard.rules', () => {
  const cases: [id: string, expected: RegExp | null][] = [
    ['git/push-force', null],
    ['filesystem/shred', null],
    ['credential-access/credential-file', null],
    ['mcp/destructive-tool', null],
    ['git/push-froce', /did you mean "git\/push-force"/],
    ['Git/Push-Force', /did you mean "git\/push-force"/],
    ['filesystem/shreds', /did you mean "filesystem\/shred"/],
    ['kubernetes/delete-everything-now', /no rule has this id/],
    ['nope', /^agentGuard\.rules\["nope"\]: no rule has this id, so the setting does nothing\. The ids are listed in docs\/rules\.md\.$/],
  ];
  for (const [id, expected] of cases) {
    it(id, () => {
      const warnings = warningsFor({ [id]: 'deny' });
      if (expected === null) assert.deepEqual(warnings, []);
      else {
        assert.equal(warnings.length, 1);
        assert.match(warnings[0], expected);
      }
    });
  }

  it('custom rules are known by the id their findings carry (custom/<id>)', () => {
    const custom = [{ id: 'team/no-prod-dump', pattern: 'pg_dump.*prod', severity: 'destructive', why: 'x' }];
    assert.deepEqual(warningsFor({ 'custom/team/no-prod-dump': 'deny' }, custom), []);
    assert.match(warningsFor({ 'team/no-prod-dump': 'deny' }, custom)[0], /did you mean "custom\/team\/no-prod-dump"/);
    assert.match(warningsFor({ 'custom/team/no-prod-dumps': 'deny' }, custom)[0], /did you mean "custom\/team\/no-prod-dump"/);
  });

  it('a far-off id gets no guess', () => {
    assert.doesNotMatch(warningsFor({ 'zzzz/qqqq': 'off' })[0], /did you mean/);
  });
});
