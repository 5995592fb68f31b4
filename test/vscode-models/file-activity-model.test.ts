// Which file events the activity view shows and flags.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { classifyWorkspacePath } from '../../src/vscode/models/file-activity-model';

describe('classifyWorkspacePath', () => {
  const cases: [string, string][] = [
    ['node_modules/x/index.js', 'ignored'],
    ['packages/a/dist/main.js', 'ignored'],
    ['.git/HEAD', 'ignored'],
    ['.env', 'credential'],
    ['config/.env.production', 'credential'],
    ['.env.example', 'plain'],
    ['deploy/id_ed25519', 'credential'],
    ['certs/server.key', 'credential'],
    ['infra/terraform.tfstate', 'credential'],
    ['.vscode/settings.json', 'guard-config'],
    ['.cursor/hooks.json', 'guard-config'],
    ['.claude/settings.local.json', 'guard-config'],
    ['.github/hooks/agent-guard.json', 'guard-config'],
    ['shop.code-workspace', 'guard-config'],
    ['src/index.ts', 'plain'],
    ['src\\keys.ts', 'plain'],
  ];
  for (const [p, want] of cases) it(`${p} → ${want}`, () => assert.equal(classifyWorkspacePath(p), want));
});
