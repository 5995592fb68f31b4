// Where the workspace and home live must not change what counts as scratch: a project under /tmp or under a folder
// named `out` is still a project, and a home under /tmp is still a home.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { decide } from '../../../../src/core/policy';

const cases: { context: { cwd: string; workspaceRoot: string; home: string }; ask: string[]; allow: string[] }[] = [
  {
    context: { cwd: '/tmp/ws/shop', workspaceRoot: '/tmp/ws/shop', home: '/home/dev' },
    ask: ['rm -rf data', 'rm -rf ./data/app.db', 'rm -rf .'],
    allow: ['rm -rf node_modules', 'rm -rf /tmp/other-scratch', 'rm -rf web/dist'],
  },
  {
    context: { cwd: '/home/dev/out/build/shop', workspaceRoot: '/home/dev/out/build/shop', home: '/home/dev' },
    ask: ['rm -rf data', 'rm -f app.sqlite', 'rm -rf ../../../projects'],
    allow: ['rm -rf dist', 'rm -rf .next/cache'],
  },
  {
    context: { cwd: '/tmp/home/dev/shop', workspaceRoot: '/tmp/home/dev/shop', home: '/tmp/home/dev' },
    ask: ['rm -rf ~', 'rm -rf $HOME', 'rm -rf data'],
    allow: ['rm -rf node_modules'],
  },
];

describe('path targets do not depend on where the workspace lives', () => {
  for (const { context, ask, allow } of cases) {
    for (const command of ask) {
      it(`asks for ${command} in production with the workspace at ${context.workspaceRoot}`, () => {
        assert.equal(decide({ command, environment: 'production', actor: 'agent', context }).decision, 'ask');
      });
    }
    for (const command of allow) {
      it(`allows ${command} with the workspace at ${context.workspaceRoot}`, () => {
        assert.equal(decide({ command, environment: 'production', actor: 'agent', context }).decision, 'allow');
      });
    }
  }
});
