// The policy table, overrides, custom rules, protected paths, production naming and fail-safe on unparseable input.
// Custom rules give findings of a chosen severity, so these tests do not depend on any built-in rule.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { DecisionKind, Environment, GuardConfig } from '../../src/core/config';
import { decide, POLICY_TABLE } from '../../src/core/policy';
import type { Severity } from '../../src/core/rules/types';

const CONTEXT = { cwd: '/work/project', workspaceRoot: '/work/project', home: '/home/dev' };

function configWith(severity: Severity, category: 'destructive' | 'credential' = 'destructive'): GuardConfig {
  return { rules: {}, protectedPaths: [], customRules: [{ id: 'custom/zz', pattern: '^zz-tool\\b', severity, category, why: 'test rule' }] };
}

describe('policy table', () => {
  const cases: [Severity | 'credential', Environment, 'agent' | 'human', DecisionKind][] = [
    ['catastrophic', 'development', 'human', 'ask'],
    ['catastrophic', 'staging', 'agent', 'ask'],
    ['catastrophic', 'production', 'agent', 'ask'],
    ['destructive', 'development', 'agent', 'allow'],
    ['destructive', 'staging', 'agent', 'ask'],
    ['destructive', 'production', 'human', 'ask'],
    ['caution', 'development', 'agent', 'allow'],
    ['caution', 'staging', 'agent', 'allow'],
    ['caution', 'production', 'agent', 'ask'],
    ['credential', 'development', 'agent', 'ask'],
    ['credential', 'production', 'human', 'allow'],
  ];
  for (const [kind, environment, actor, want] of cases) {
    it(`${kind} in ${environment} by ${actor} → ${want}`, () => {
      const config = kind === 'credential' ? configWith('caution', 'credential') : configWith(kind);
      const d = decide({ command: 'zz-tool --go', environment, actor, context: CONTEXT, config });
      assert.equal(d.decision, want);
      assert.deepEqual(d.rules, ['custom/zz']);
      assert.equal(d.findings[0].why, 'test rule');
    });
  }

  it('is the table the README documents', () => {
    assert.equal(POLICY_TABLE.destructive.production, 'ask');
    assert.equal(POLICY_TABLE.unparseable.production, 'ask');
  });

  it('allows a command no rule matches, with a reason', () => {
    const d = decide({ command: 'ls -la', environment: 'production', actor: 'agent', context: CONTEXT });
    assert.equal(d.decision, 'allow');
    assert.deepEqual(d.rules, []);
    assert.match(d.reason, /No rule matched/);
  });
});

describe('overrides', () => {
  it('a rule set to off no longer counts', () => {
    const config = configWith('catastrophic');
    config.rules['custom/zz'] = 'off';
    const d = decide({ command: 'zz-tool', environment: 'production', actor: 'agent', context: CONTEXT, config });
    assert.equal(d.decision, 'allow');
    assert.deepEqual(d.rules, []);
  });
  it('a rule set to deny denies everywhere', () => {
    const config = configWith('caution');
    config.rules['custom/zz'] = 'deny';
    assert.equal(decide({ command: 'zz-tool', environment: 'development', actor: 'human', context: CONTEXT, config }).decision, 'deny');
  });
  it('the strongest finding wins in a chain', () => {
    const config: GuardConfig = {
      rules: { 'custom/b': 'deny' },
      protectedPaths: [],
      customRules: [
        { id: 'custom/a', pattern: '^aa', severity: 'caution', category: 'destructive', why: 'a' },
        { id: 'custom/b', pattern: '^bb', severity: 'caution', category: 'destructive', why: 'b' },
      ],
    };
    const d = decide({ command: 'aa && bb', environment: 'development', actor: 'agent', context: CONTEXT, config });
    assert.equal(d.decision, 'deny');
    assert.deepEqual(d.rules, ['custom/a', 'custom/b']);
  });
});

describe('protected paths', () => {
  const config: GuardConfig = { rules: {}, customRules: [], protectedPaths: ['data/**', 'prisma/schema.prisma'] };
  for (const command of ['mv data/users.csv /tmp/', 'echo x > prisma/schema.prisma', 'truncate -s0 data/a.db', 'sed -i s/a/b/ prisma/schema.prisma']) {
    it(`asks for ${command} in staging`, () => {
      const d = decide({ command, environment: 'staging', actor: 'agent', context: CONTEXT, config });
      assert.equal(d.decision, 'ask');
      assert.ok(d.rules.includes('policy/protected-path'), d.rules.join());
    });
  }
  for (const command of ['cat data/users.csv', 'cp data/a.db /tmp/', 'mv other/x y']) {
    it(`does not flag ${command}`, () => {
      const d = decide({ command, environment: 'staging', actor: 'agent', context: CONTEXT, config });
      assert.ok(!d.rules.includes('policy/protected-path'), d.rules.join());
    });
  }
});

describe('a command that names production is production', () => {
  const config = configWith('destructive');
  for (const command of [
    'zz-tool --context prod-cluster',
    'zz-tool -n production',
    'zz-tool --env=production',
    'railway environment production && zz-tool',
    'zz-tool -h prod-db.internal.example.com',
    'zz-tool https://api.production.example.com/v1',
    'NODE_ENV=production zz-tool',
    'zz-tool --profile prod',
  ]) {
    it(`${command} → asked in a development workspace`, () => {
      const d = decide({ command, environment: 'development', actor: 'agent', context: CONTEXT, config });
      assert.equal(d.decision, 'ask');
      assert.equal(d.environment, 'production');
      assert.equal(d.workspaceEnvironment, 'development');
      assert.ok(d.namesProduction);
      assert.match(d.reason, /names production/);
    });
  }
  for (const command of ['zz-tool --context dev', 'zz-tool products/list.json', 'zz-tool --env staging', 'zz-tool reproduce.sh', 'zz-tool -n productivity']) {
    it(`${command} stays development`, () => {
      const d = decide({ command, environment: 'development', actor: 'agent', context: CONTEXT, config });
      assert.equal(d.decision, 'allow');
      assert.equal(d.environment, 'development');
    });
  }
});

describe('fail safe on input it cannot read', () => {
  it('an unterminated quote is asked in production and staging', () => {
    for (const environment of ['production', 'staging'] as const) {
      const d = decide({ command: 'echo "unterminated', environment, actor: 'agent', context: CONTEXT });
      assert.equal(d.decision, 'ask', environment);
      assert.ok(d.problems.length > 0);
      assert.match(d.reason, /could not fully read/);
    }
  });
  it('input over the size cap is never silently allowed in production', () => {
    const d = decide({ command: `echo ${'a'.repeat(70 * 1024)}`, environment: 'production', actor: 'agent', context: CONTEXT });
    assert.equal(d.decision, 'ask');
    assert.equal(d.problems[0].code, 'too-long');
  });
});
