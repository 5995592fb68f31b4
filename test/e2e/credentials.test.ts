// The credential shield in a real VS Code (code-server + Chromium): a workspace with a Railway token in an unrelated
// script gets the script in .cursorignore and a diagnostic in the Problems panel, and the Scan command reports it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { randomInt, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { e2eSkipReason, TIMEOUTS, withEditor } from './harness';

async function waitUntil<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('credentials: a token in scripts/domains.sh is hidden from agents and shown in Problems', { skip: e2eSkipReason(), timeout: 300_000 }, async () => {
  const token = randomUUID();
  await withEditor(
    {
      name: 'credentials',
      files: {
        'scripts/domains.sh': `#!/bin/bash\n# Point the marketing domains at the app.\nRAILWAY_TOKEN=${token} railway domain add www.example.org\n`,
        'README.md': '# demo\n',
        '.cursorignore': '# my own line\nbuild/\n',
      },
    },
    async (vs) => {
      await vs.waitForActivation();
      const ignore = path.join(vs.workspace, '.cursorignore');
      const text = await waitUntil('.cursorignore to list the script', () => {
        const t = fs.readFileSync(ignore, 'utf8');
        return t.includes('/scripts/domains.sh') ? t : undefined;
      }, TIMEOUTS.ui);
      assert.ok(text.startsWith('# my own line\nbuild/\n'), 'the person’s own lines are kept');
      const claude = JSON.parse(fs.readFileSync(path.join(vs.workspace, '.claude', 'settings.json'), 'utf8'));
      assert.ok(claude.permissions.deny.includes('Read(./scripts/domains.sh)'));

      await vs.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
      const problems = vs.page.locator('.markers-panel');
      await problems.getByText(/assigned to RAILWAY_TOKEN is written in this file/).first().waitFor({ timeout: TIMEOUTS.ui });
      const panelText = await problems.innerText();
      assert.ok(!panelText.includes(token), 'the Problems panel never shows the token');
      await vs.screenshot('problems');

      await vs.runCommand('Agent Guard: Scan for Credentials');
      const notes = await waitUntil('the scan report', async () => (await vs.notifications()).find((n) => /found credentials in 1 file/.test(n)), TIMEOUTS.ui);
      assert.match(notes, /keeps them out of AI agents' reach/);
      await vs.screenshot('scan-report');
    },
  );
});

test('credentials: the watcher follows new and removed secrets, and "Move to .env" fixes one', { skip: e2eSkipReason(), timeout: 300_000 }, async () => {
  const token = randomUUID();
  await withEditor(
    { name: 'credentials-fix', files: { 'scripts/domains.sh': `#!/bin/bash\nRAILWAY_TOKEN=${token} railway up\n`, '.gitignore': 'node_modules\n' } },
    async (vs) => {
      await vs.waitForActivation();
      const ignore = path.join(vs.workspace, '.cursorignore');
      const ignoreText = () => (fs.existsSync(ignore) ? fs.readFileSync(ignore, 'utf8') : '');
      await waitUntil('the first scan', () => (ignoreText().includes('/scripts/domains.sh') ? true : undefined), TIMEOUTS.ui);

      // A secret written after the first scan is picked up by the watcher; a removed file leaves the list.
      const later = path.join(vs.workspace, 'ops', 'notify.py');
      fs.mkdirSync(path.dirname(later), { recursive: true });
      const digits = () => String(randomInt(1e9, 1e10));
      fs.writeFileSync(later, `SLACK_BOT_TOKEN = "xo${'xb-'}${digits()}-${digits()}-${randomUUID().replace(/-/g, '')}"\n`);
      await waitUntil('the new file in .cursorignore', () => (ignoreText().includes('/ops/notify.py') ? true : undefined), TIMEOUTS.ui);
      fs.rmSync(later);
      await waitUntil('the removed file to leave .cursorignore', () => (ignoreText().includes('/ops/notify.py') ? undefined : true), TIMEOUTS.ui);

      // A folder moved in whole is one event for the folder and none for the file inside: it is scanned all the same.
      const staged = fs.mkdtempSync(path.join(path.dirname(vs.workspace), 'staged-'));
      fs.mkdirSync(path.join(staged, 'deploy'));
      fs.writeFileSync(path.join(staged, 'deploy', 'keys.sh'), `export GITHUB_TOKEN=gh${'p_'}${randomUUID().replace(/-/g, '').slice(0, 36).padEnd(36, 'a')}\n`);
      fs.renameSync(staged, path.join(vs.workspace, 'infra'));
      await waitUntil('the moved-in folder’s file in .cursorignore', () => (ignoreText().includes('/infra/deploy/keys.sh') ? true : undefined), TIMEOUTS.ui);
      fs.rmSync(path.join(vs.workspace, 'infra'), { recursive: true });
      await waitUntil('the removed folder’s file to leave .cursorignore', () => (ignoreText().includes('/infra/') ? undefined : true), TIMEOUTS.ui);

      // Quick fix from the Problems panel.
      await vs.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
      const row = vs.page.locator('.markers-panel').getByText(/assigned to RAILWAY_TOKEN/).first();
      await row.waitFor({ timeout: TIMEOUTS.ui });
      await row.dblclick();
      await vs.page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: TIMEOUTS.ui });
      await vs.page.waitForTimeout(500);
      await vs.page.keyboard.press('Control+.');
      const item = vs.page.locator('.action-widget').getByText('Move to .env and reference it');
      await item.waitFor({ timeout: TIMEOUTS.ui });
      await item.click();
      const script = path.join(vs.workspace, 'scripts', 'domains.sh');
      await waitUntil('the script to reference $RAILWAY_TOKEN', () => (fs.readFileSync(script, 'utf8').includes('RAILWAY_TOKEN="$RAILWAY_TOKEN" railway up') ? true : undefined), TIMEOUTS.ui);
      assert.equal(fs.readFileSync(path.join(vs.workspace, '.env'), 'utf8'), `RAILWAY_TOKEN=${token}\n`);
      assert.equal(fs.readFileSync(path.join(vs.workspace, '.gitignore'), 'utf8'), 'node_modules\n.env\n');
      await waitUntil('.cursorignore to hide .env and not the script', () => (ignoreText().includes('/.env\n') && !ignoreText().includes('/scripts/domains.sh') ? true : undefined), TIMEOUTS.ui);
      await vs.page.locator('.markers-panel').getByText(/assigned to RAILWAY_TOKEN/).first().waitFor({ state: 'detached', timeout: TIMEOUTS.ui });
      await vs.screenshot('after-move-to-env');
    },
  );
});
