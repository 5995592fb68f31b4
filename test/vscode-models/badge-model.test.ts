// The badge's text, level and tooltip for each environment and protection state.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { badgeView, escapeMarkdown, hookStatusFrom, strongestEnvironment, type BadgeState } from '../../src/vscode/models/badge-model';

const base: BadgeState = { folders: [], terminalGate: { enabled: true }, hooks: {} };

function folder(name: string, environment: 'production' | 'staging' | 'development', origin: 'setting' | 'detected' | 'default' = 'setting', reasons = [`agentGuard.environment = "${environment}"`]) {
  return { name, resolution: { environment, origin, reasons } };
}

describe('badgeView', () => {
  it('PRODUCTION on the error level, STAGING on warning, DEV plain', () => {
    assert.deepEqual(
      (['production', 'staging', 'development'] as const).map((env) => {
        const v = badgeView({ ...base, folders: [folder('shop', env)] });
        return [v.text, v.level];
      }),
      [['$(shield) PRODUCTION', 'error'], ['$(shield) STAGING', 'warning'], ['$(shield) DEV', 'none']],
    );
  });

  it('says why: the setting, or the detection signals', () => {
    assert.match(badgeView({ ...base, folders: [folder('shop', 'production')] }).tooltip, /shop is production: set in `agentGuard.environment`/);
    const detected = badgeView({ ...base, folders: [folder('api', 'staging', 'detected', ['git branch "staging"'])] }).tooltip;
    assert.match(detected, /detected from git branch "staging"/);
    assert.match(badgeView({ ...base, folders: [folder('x', 'development', 'default', [])] }).tooltip, /default/);
  });

  it('lists the protections: gate, hooks per agent, hidden credential files, last decision', () => {
    const t = badgeView({
      folders: [folder('shop', 'production')],
      terminalGate: { enabled: false },
      hooks: { cursor: true, claude: false },
      hiddenCredentialFiles: 3,
      lastDecision: { command: 'rm -rf data', decision: 'deny', source: 'cursor', time: '2026-11-23T10:11:12.000Z', rules: ['filesystem/rm-data'] },
    }).tooltip;
    assert.match(t, /Terminal gate: off/);
    assert.match(t, /Cursor installed, Claude Code not installed, VS Code agent not checked yet/);
    assert.match(t, /Credential files hidden from agents: 3/);
    assert.match(t, /\*\*Last decision:\*\* DENY `rm -rf data` from Cursor agent \(filesystem\/rm\\-data\), 10:11:12/);
  });

  it('shows the strongest of several folders and each folder', () => {
    const v = badgeView({ ...base, folders: [folder('web', 'development'), folder('db', 'production'), folder('api', 'staging')] });
    assert.equal(v.text, '$(shield) PRODUCTION');
    assert.match(v.tooltip, /strongest of 3 folders/);
    assert.match(v.tooltip, /- db: \*\*production\*\*/);
  });

  it('warns while a downgrade waits for confirmation', () => {
    const v = badgeView({ ...base, folders: [{ ...folder('shop', 'production'), pendingDowngradeTo: 'development' }] });
    assert.match(v.tooltip, /changed to development; it stays \*\*production\*\* until you confirm/);
  });

  it('no folder → DEV', () => {
    assert.equal(badgeView(base).text, '$(shield) DEV');
    assert.equal(strongestEnvironment([]), 'development');
  });

  it('escapes markdown from file and command text', () => {
    assert.equal(escapeMarkdown('a_b*[x](y)'), 'a\\_b\\*\\[x\\]\\(y\\)');
    assert.doesNotMatch(badgeView({ ...base, folders: [folder('[click](command:evil)', 'production')] }).tooltip, /\[click\]\(command:evil\)/);
  });
});

describe('hookStatusFrom', () => {
  it('maps installed hook targets to agents', () => {
    assert.deepEqual(hookStatusFrom(['cursor-project', 'vscode-auto-approve']), { cursor: true, claude: false, copilot: false });
    assert.deepEqual(hookStatusFrom(['cursor-user', 'claude-project', 'copilot-project']), { cursor: true, claude: true, copilot: true });
    assert.deepEqual(hookStatusFrom([]), { cursor: false, claude: false, copilot: false });
  });
});
