// The settings file the editor writes for the shells: plain assignments that bash reads back exactly, whatever the
// folder names contain.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { renderGateSettings, shellQuote } from '../../../src/core/terminal-gate/settings';
import { offlineMessages } from '../../../src/core/terminal-gate/messages';

function sourceAndPrint(text: string, variable: string): string {
  const out = spawnSync('bash', ['-c', `eval "$1"; printf '%s' "\${${variable}}"`, 'bash', text], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  return out.stdout;
}

test('shellQuote survives quotes, dollars, backticks and newlines', () => {
  for (const value of [`it's`, '$(rm -rf ~)', '`id`', 'a\nb', "''", '\\']) {
    assert.equal(sourceAndPrint(`X=${shellQuote(value)}`, 'X'), value);
  }
});

test('renders on/off, the safe list with spaces around each name, folders and messages', () => {
  const text = renderGateSettings({ enabled: false, safeCommands: ['ls', 'git:status'], folders: { "/home/me/it's prod": 'production', '/home/me/dev': 'development' } });
  assert.equal(sourceAndPrint(text, 'AG_GATE_ENABLED'), '0');
  assert.equal(sourceAndPrint(text, 'AG_GATE_SAFE'), ' ls git:status ');
  assert.equal(sourceAndPrint(text, 'AG_GATE_FOLDERS'), "production\t/home/me/it's prod\ndevelopment\t/home/me/dev");
  assert.equal(sourceAndPrint(text, 'AG_GATE_MSG_STOPPED'), offlineMessages().stopped);
});

test('a folder whose path holds a newline or tab is left out rather than written half', () => {
  const text = renderGateSettings({ enabled: true, safeCommands: [], folders: { '/a\nproduction\t/': 'development', '/ok': 'staging' } });
  assert.equal(sourceAndPrint(text, 'AG_GATE_FOLDERS'), 'staging\t/ok');
});
