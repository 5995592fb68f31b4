// The credential shield in a real VS Code (code-server + Chromium): a workspace with a Railway token in an unrelated
// script gets the script in .cursorignore and a diagnostic in the Problems panel, and the Scan command reports it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
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
