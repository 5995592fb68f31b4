// The editor core in a real VS Code (code-server + Chromium): the environment badge per environment, the modal
// confirmation from "Agent Guard: Check a Command…" (deny, dismiss, typed-name confirmation, each in the activity log),
// the downgrade guard when settings.json is edited behind the editor's back, "Mark Workspace as Staging" keeping
// comments, and the window tint applied and then restored exactly.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'jsonc-parser';
import { e2eSkipReason, withEditor, type Editor } from './harness';
import { waitFor } from './support/processes';

const SETTINGS_WITH_COMMENT = `{
  // Team note: this comment must survive every edit Agent Guard makes.
  "editor.tabSize": 4,
  "agentGuard.environment": "production",
  "workbench.colorCustomizations": {
    "editor.background": "#101820",
    "titleBar.activeBackground": "#224466",
  },
}
`;
const ORIGINAL_COLORS = { 'editor.background': '#101820', 'titleBar.activeBackground': '#224466' };

function settingsFile(vs: Editor): string {
  return path.join(vs.workspace, '.vscode', 'settings.json');
}

function readSettings(vs: Editor): Record<string, unknown> {
  return (parse(fs.readFileSync(settingsFile(vs), 'utf8')) ?? {}) as Record<string, unknown>;
}

function activityLog(vs: Editor): string {
  return path.join(vs.userDataDir, 'User', 'globalStorage', 'agent-guard.agent-guard', 'activity.jsonl');
}

async function logEntry(vs: Editor, match: (entry: Record<string, unknown>) => boolean, what: string): Promise<Record<string, unknown>> {
  return waitFor(`activity log line: ${what}`, () => {
    if (!fs.existsSync(activityLog(vs))) return undefined;
    const lines = fs.readFileSync(activityLog(vs), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    return lines.find(match);
  }, 15_000);
}

/**
 * A workspace where a real project would be: the filesystem rules treat paths under /tmp, or with a build-output
 * segment such as `out/` or `.cache/`, as disposable, and the harness's default workspace lives in /tmp.
 */
function persistentWorkspace(name: string, files: Record<string, string>): string {
  const dir = path.join(os.homedir(), 'agent-guard-e2e-workspaces', `${name}-${process.pid}`, 'shop-api');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [relative, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    fs.writeFileSync(path.join(dir, relative), text);
  }
  return dir;
}

async function checkCommand(vs: Editor, command: string): Promise<void> {
  await vs.runCommand('Agent Guard: Check a Command…');
  const input = await vs.quickInput();
  assert.match(await input.title(), /Check a Command/);
  await input.type(command);
  await input.accept();
}

/** The activation time Agent Guard printed to its output channel (for the record; tests never assert on time). */
function activationTime(vs: Editor): string | undefined {
  const logs = path.join(vs.userDataDir, 'logs');
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/Agent Guard\.log$/.test(entry.name)) found.push(fs.readFileSync(full, 'utf8'));
    }
  };
  if (fs.existsSync(logs)) walk(logs);
  return /activated in ([\d.]+ ms)/.exec(found.join('\n'))?.[1];
}

test('editor core in production: badge, tint, modal (deny / typed name), downgrade guard, mark as staging', { skip: e2eSkipReason(), timeout: 420_000 }, async (t) => {
  const workspace = persistentWorkspace('production', { '.vscode/settings.json': SETTINGS_WITH_COMMENT, 'data/keep.txt': 'precious\n' });
  try {
    await productionScenario(workspace, (ms) => t.diagnostic(`activate() took ${ms} in code-server`));
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
});

async function productionScenario(workspace: string, report: (ms: string) => void): Promise<void> {
  await withEditor({ name: 'editor-core-production', workspace, userSettings: { 'agentGuard.terminalGate.enabled': false } }, async (vs) => {
    const folderName = path.basename(vs.workspace);
    assert.equal(folderName, 'shop-api');

    // Badge: PRODUCTION on the error background.
    const badge = await vs.statusBarItem(/PRODUCTION/, 60_000);
    assert.match(await badge.innerText(), /PRODUCTION/);
    const background = await badge.evaluate('(el) => getComputedStyle(el).backgroundColor');
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the production badge has a background colour');
    await waitFor('the activation line in the output channel', () => activationTime(vs), 15_000).then(report, () => report('unknown'));

    // Tooltip: why it is production and which protections are on.
    await badge.hover();
    const hover = vs.page.locator('.workbench-hover, .monaco-hover').filter({ hasText: /Protections/ }).first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    const tooltip = await hover.innerText();
    assert.match(tooltip, /shop-api is production: set in agentGuard\.environment/);
    assert.match(tooltip, /Terminal gate: off/);
    assert.match(tooltip, /Agent hooks: Cursor/);
    assert.match(tooltip, /Credential files hidden from agents/);
    await vs.screenshot('production-tooltip');
    await vs.page.mouse.move(700, 400);

    // Tint: our title bar colour replaces the person's, other colours and the comment stay.
    await waitFor('the production tint in settings.json', () => {
      const colors = readSettings(vs)['workbench.colorCustomizations'] as Record<string, string> | undefined;
      return colors?.['titleBar.activeBackground'] === '#8b1a1a' ? true : undefined;
    }, 30_000);
    assert.equal((readSettings(vs)['workbench.colorCustomizations'] as Record<string, string>)['editor.background'], '#101820');
    assert.match(fs.readFileSync(settingsFile(vs), 'utf8'), /Team note: this comment must survive/);
    await vs.page.waitForTimeout(1_000);
    await vs.screenshot('production-badge-tint');

    // Modal: names the command, the environment and the rule; Deny is first (the default); Cancel denies.
    await checkCommand(vs, 'rm -rf data');
    let modal = await vs.modal();
    const message = await modal.message();
    assert.match(message, /rm -rf data/);
    assert.match(message, /PRODUCTION/);
    assert.match(await modal.detail(), /filesystem\/rm-data/);
    const buttons = await modal.buttons();
    assert.ok(buttons.includes('Deny'), `buttons: ${JSON.stringify(buttons)}`);
    // The safe choice is the default: the primary button, focused, so Enter denies.
    assert.equal((await modal.locator.locator('.dialog-buttons .monaco-button:not(.secondary)').innerText()).trim(), 'Deny');
    assert.equal(await vs.page.evaluate<string>("(document.activeElement && document.activeElement.textContent || '').trim()"), 'Deny');
    assert.ok(buttons.includes('Allow once…'), `buttons: ${JSON.stringify(buttons)}`);
    assert.ok(buttons.includes('Cancel'), `buttons: ${JSON.stringify(buttons)}`);
    await vs.screenshot('production-modal');
    await modal.click('Cancel');
    const dismissed = await logEntry(vs, (e) => e.kind === 'decision' && e.command === 'rm -rf data' && e.decision === 'deny', 'rm -rf data denied');
    assert.match(String(dismissed.detail), /closed/);
    assert.equal(dismissed.environment, 'production');
    assert.deepEqual(dismissed.rules, ['filesystem/rm-data']);

    // Typed confirmation: "Allow once…" then the workspace name; a wrong name is refused with a hint.
    await checkCommand(vs, 'rm -rf data/');
    modal = await vs.modal();
    await modal.click('Allow once…');
    const typed = await vs.quickInput();
    assert.match(await typed.title(), /confirm in production/);
    await typed.type('not-the-name');
    await waitFor('the validation hint', async () => (/not "/.test(await typed.message()) ? true : undefined), 10_000);
    await vs.screenshot('typed-confirmation-wrong');
    await typed.type(folderName);
    await typed.accept();
    const allowed = await logEntry(vs, (e) => e.kind === 'decision' && e.command === 'rm -rf data/' && e.decision === 'allow', 'rm -rf data/ allowed');
    assert.match(String(allowed.detail), /Allowed by the person/);
    assert.ok(fs.existsSync(path.join(vs.workspace, 'data', 'keep.txt')), 'checking a command never runs it');

    // Activity view: the answers are listed with their decision.
    await vs.runCommand('Agent Guard: Show Activity');
    const rows = vs.page.locator('.pane-body .monaco-list-row');
    await waitFor('the activity view listing the check', async () => ((await rows.allInnerTexts()).some((t) => /rm -rf data/.test(t) && /DENY/.test(t)) ? true : undefined), 15_000);
    await vs.screenshot('activity-view');

    // Downgrade guard: an edit behind the editor's back (as an agent would) → modal; Keep Production restores the file.
    const text = fs.readFileSync(settingsFile(vs), 'utf8');
    fs.writeFileSync(settingsFile(vs), text.replace('"agentGuard.environment": "production"', '"agentGuard.environment": "development"'));
    modal = await vs.modal(30_000);
    assert.match(await modal.message(), /no longer marked as production/);
    assert.ok((await modal.buttons()).includes('Change to Development'));
    assert.equal((await modal.locator.locator('.dialog-buttons .monaco-button:not(.secondary)').innerText()).trim(), 'Keep Production');
    assert.match(await vs.page.locator('.part.statusbar').innerText(), /PRODUCTION/, 'production stays enforced while the question is open');
    await vs.screenshot('downgrade-guard');
    await modal.click('Keep Production');
    await waitFor('agentGuard.environment restored to production', () => (readSettings(vs)['agentGuard.environment'] === 'production' ? true : undefined), 15_000);
    assert.match(fs.readFileSync(settingsFile(vs), 'utf8'), /Team note: this comment must survive/);
    await logEntry(vs, (e) => e.kind === 'tamper', 'the downgrade recorded as tamper');

    // Mark Workspace as Staging: written with the comment kept, badge follows, no downgrade question (the person chose).
    await vs.runCommand('Agent Guard: Mark Workspace as Staging');
    await vs.statusBarItem(/STAGING/, 30_000);
    const after = fs.readFileSync(settingsFile(vs), 'utf8');
    assert.match(after, /Team note: this comment must survive/);
    assert.equal(readSettings(vs)['agentGuard.environment'], 'staging');
    assert.equal(readSettings(vs)['editor.tabSize'], 4);

    // Tint round trip: staging is not tinted by default, so the person's colours come back exactly.
    await waitFor('the person\'s colours restored', () => {
      const colors = readSettings(vs)['workbench.colorCustomizations'];
      return JSON.stringify(colors) === JSON.stringify(ORIGINAL_COLORS) ? true : undefined;
    }, 30_000);
    assert.equal(await vs.page.locator('.monaco-dialog-box').count(), 0, 'no downgrade question for a change the person made');
    await vs.screenshot('staging-restored');

    // A destructive command typed into the terminal without passing the gate (gate off here) raises a warning.
    await vs.openTerminal('bash');
    await vs.typeInTerminal('rm -rf data');
    await waitFor('the ungated-command warning', async () => ((await vs.notifications()).some((t) => /rm -rf data.*without passing Agent Guard/s.test(t)) ? true : undefined), 30_000);
    const ran = await logEntry(vs, (e) => e.kind === 'command-ran' && e.command === 'rm -rf data' && e.exitCode === 0, 'rm -rf data ran with exit code 0');
    assert.equal(ran.flagged, true);
    await vs.screenshot('ungated-warning');
  });
}

test('editor core in development: DEV badge, unanswered modal denied, detection follows a .env edit', { skip: e2eSkipReason(), timeout: 300_000 }, async () => {
  await withEditor({ name: 'editor-core-development', files: { '.env': 'NODE_ENV=development\nPORT=3000\n', 'README.md': '# app\n' }, userSettings: { 'agentGuard.confirmation.timeoutSeconds': 10 } }, async (vs) => {
    const badge = await vs.statusBarItem(/DEV/, 60_000);
    assert.match(await badge.innerText(), /DEV/);
    // Neither an environment nor a tint is written into a development workspace (the credential shield may add its own keys).
    const written = fs.existsSync(settingsFile(vs)) ? readSettings(vs) : {};
    assert.equal(written['agentGuard.environment'], undefined);
    assert.equal(written['workbench.colorCustomizations'], undefined);
    await vs.screenshot('development-badge');

    // Catastrophic commands are asked even in development; nobody answers → denied after the timeout.
    await checkCommand(vs, 'rm -rf /'); // Only checked, never run.
    const modal = await vs.modal();
    assert.match(await modal.message(), /DEVELOPMENT/);
    const timedOut = await logEntry(vs, (e) => e.kind === 'decision' && e.command === 'rm -rf /' && e.decision === 'deny', 'rm -rf / denied by timeout');
    assert.match(String(timedOut.detail), /nobody answered within 10 s/);
    // A late "Allow" changes nothing (the request was already denied), and the person is told so.
    await modal.click('Allow once');
    await waitFor('the late-allow notice', async () => ((await vs.notifications()).some((n) => /already denied, because nobody answered within 10 s\. Nothing ran/.test(n)) ? true : undefined), 15_000);
    const decisions = fs.readFileSync(activityLog(vs), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(decisions.filter((e) => e.kind === 'decision' && e.command === 'rm -rf /').map((e) => e.decision), ['deny']);

    // Auto-detection: NODE_ENV=production in .env makes the workspace production.
    fs.writeFileSync(path.join(vs.workspace, '.env'), 'NODE_ENV=production\nPORT=3000\n');
    await vs.statusBarItem(/PRODUCTION/, 30_000);
    await vs.screenshot('detected-production');
  });
});
