// The modal's wording and when typing the workspace name is required.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { GuardConfig } from '../../src/core/config';
import { decide } from '../../src/core/policy';
import { confirmView, needsTypedConfirmation, validateTypedName } from '../../src/vscode/models/confirm-model';

function config(severity: 'catastrophic' | 'destructive' | 'caution'): GuardConfig {
  return { rules: {}, protectedPaths: [], customRules: [{ id: 'wipe', pattern: '^wipe-it\\b', severity, category: 'destructive', why: 'It deletes the data volume.', saferAlternative: 'Take a snapshot first.' }] };
}

describe('confirmView', () => {
  it('names the command, the source, the environment, the rule, why and the safer alternative', () => {
    const decision = decide({ command: 'wipe-it --all', environment: 'production', actor: 'agent', config: config('destructive') });
    const v = confirmView({ decision, source: 'cursor', folderName: 'shop', cwd: '/w/shop' }, { typeNameInProduction: true });
    assert.match(v.message, /^Cursor agent wants to run a command that Agent Guard stopped in PRODUCTION \(shop\):\nwipe-it --all$/);
    assert.match(v.detail, /\[wipe, destructive\]/);
    assert.match(v.detail, /Why: It deletes the data volume\./);
    assert.match(v.detail, /Instead: Take a snapshot first\./);
    assert.match(v.detail, /Runs in: \/w\/shop/);
    assert.equal(v.denyLabel, 'Deny');
    assert.equal(v.typeToConfirm, 'shop');
    assert.equal(v.allowLabel, 'Allow once…');
  });

  it('shows what really runs when the line hides it (a script written in the line, decoded base64), and not otherwise', () => {
    const script = decide({ command: "echo 'rm -rf ~' > x.sh && sh x.sh", environment: 'production', actor: 'agent' });
    assert.match(confirmView({ decision: script, source: 'cursor', folderName: 'shop' }, { typeNameInProduction: true }).detail, /\n {2}Runs: `rm -rf ~` inside sh x\.sh\n/);
    const encoded = decide({ command: `echo ${Buffer.from('rm -rf ~').toString('base64')} | base64 -d | sh`, environment: 'production', actor: 'agent' });
    assert.match(confirmView({ decision: encoded, source: 'cursor', folderName: 'shop' }, { typeNameInProduction: true }).detail, /Runs: `rm -rf ~` inside /);
    const plain = decide({ command: 'rm -rf ~', environment: 'production', actor: 'agent' });
    assert.doesNotMatch(confirmView({ decision: plain, source: 'cursor', folderName: 'shop' }, { typeNameInProduction: true }).detail, /Runs:/);
  });

  it('needs the typed name only in production, for catastrophic or destructive, when enabled', () => {
    const prodDestructive = decide({ command: 'wipe-it', environment: 'production', actor: 'agent', config: config('destructive') });
    const prodCaution = decide({ command: 'wipe-it', environment: 'production', actor: 'agent', config: config('caution') });
    const stagingCatastrophic = decide({ command: 'wipe-it', environment: 'staging', actor: 'agent', config: config('catastrophic') });
    assert.equal(needsTypedConfirmation(prodDestructive, true), true);
    assert.equal(needsTypedConfirmation(prodDestructive, false), false);
    assert.equal(needsTypedConfirmation(prodCaution, true), false);
    assert.equal(needsTypedConfirmation(stagingCatastrophic, true), false);
    const v = confirmView({ decision: stagingCatastrophic, source: 'claude', folderName: 'shop' }, { typeNameInProduction: true });
    assert.equal(v.typeToConfirm, undefined);
    assert.equal(v.allowLabel, 'Allow once');
    assert.match(v.message, /^Claude Code wants to run/);
  });

  it('says when a command names production in a weaker workspace', () => {
    const decision = decide({ command: 'wipe-it --env production', environment: 'staging', actor: 'agent', config: config('destructive') });
    const v = confirmView({ decision, source: 'terminal', folderName: 'shop' }, { typeNameInProduction: true });
    assert.match(v.detail, /names production \("production"\)/);
    assert.equal(v.typeToConfirm, 'shop');
  });

  it('words a check from the editor as a preview', () => {
    const decision = decide({ command: 'wipe-it', environment: 'staging', actor: 'agent', config: config('destructive') });
    assert.match(confirmView({ decision, source: 'editor', folderName: 'shop' }, { typeNameInProduction: true }).message, /^Agent Guard would stop this command in STAGING \(shop\)/);
  });

  it('shortens very long commands', () => {
    const decision = decide({ command: `wipe-it ${'x'.repeat(1000)}`, environment: 'staging', actor: 'agent', config: config('destructive') });
    const v = confirmView({ decision, source: 'copilot', folderName: 'shop' }, { typeNameInProduction: true });
    assert.ok(v.message.length < 500);
    assert.ok(v.message.endsWith('…'));
  });
});

describe('validateTypedName', () => {
  it('accepts only the exact name', () => {
    assert.equal(validateTypedName('shop', 'shop'), undefined);
    assert.match(validateTypedName('', 'shop') ?? '', /Type shop/);
    assert.match(validateTypedName('Shop', 'shop') ?? '', /not "shop"/);
    assert.match(validateTypedName('shop ', 'shop') ?? '', /not "shop"/);
  });
});
