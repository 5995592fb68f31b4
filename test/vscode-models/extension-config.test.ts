// Settings normalisation: safe defaults for anything missing or malformed.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT_DETECTION } from '../../src/core/environment/detect';
import { parseFolderConfig, parseWindowConfig } from '../../src/vscode/models/extension-config';

const getter = (values: Record<string, unknown>) => (key: string) => values[key];

describe('extension config', () => {
  it('defaults', () => {
    const f = parseFolderConfig(getter({}));
    assert.equal(f.environment, 'auto');
    assert.deepEqual(f.detection, DEFAULT_DETECTION);
    assert.deepEqual(f.guard, { rules: {}, customRules: [], protectedPaths: [] });
    assert.deepEqual(f.errors, []);
    assert.deepEqual(parseWindowConfig(getter({})), {
      tint: 'production',
      confirmation: { timeoutSeconds: 120, typeNameInProduction: true },
      activity: { maxLogSizeKB: 1024, recordFileChanges: true, warnUngatedCommands: true },
      terminalGate: { enabled: true },
      hooks: { install: 'prompt' },
    });
  });
  it('reads valid values', () => {
    const f = parseFolderConfig(getter({ environment: 'production', detection: { branch: false }, rules: { 'git/push-force': 'deny' }, protectedPaths: ['data/**'] }));
    assert.equal(f.environment, 'production');
    assert.equal(f.detection.branch, false);
    assert.deepEqual(f.guard.rules, { 'git/push-force': 'deny' });
    assert.deepEqual(f.guard.protectedPaths, ['data/**']);
    const w = parseWindowConfig(getter({ tint: 'off', 'confirmation.timeoutSeconds': 30, 'terminalGate.enabled': false }));
    assert.equal(w.tint, 'off');
    assert.equal(w.confirmation.timeoutSeconds, 30);
    assert.equal(w.terminalGate.enabled, false);
    assert.equal(parseWindowConfig(getter({ 'hooks.install': 'off' })).hooks.install, 'off');
  });
  it('replaces malformed values with safe defaults and says so', () => {
    const f = parseFolderConfig(getter({ environment: 'prod', rules: { x: 'nope' } }));
    assert.equal(f.environment, 'auto');
    assert.equal(f.errors.length, 2);
    assert.match(f.errors[0], /agentGuard.environment must be/);
    const w = parseWindowConfig(getter({ tint: 'pink', 'confirmation.timeoutSeconds': 0, 'activity.maxLogSizeKB': 'big', 'confirmation.typeNameInProduction': 'no' }));
    assert.equal(w.tint, 'production');
    assert.equal(w.confirmation.timeoutSeconds, 10, 'clamped to the minimum, never 0 (an instant deny) or a hang');
    assert.equal(w.activity.maxLogSizeKB, 1024);
    assert.equal(w.confirmation.typeNameInProduction, true);
    assert.equal(parseWindowConfig(getter({ 'hooks.install': 'always' })).hooks.install, 'prompt');
  });
});
