// What the engine records as downloaded by each HTTP client spelling, threading the context through a line the way
// classify does (classify.contextAfter).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { contextAfter } from '../../../src/core/classify';
import type { RuleContext } from '../../../src/core/rules/types';
import { parseCommandLine } from '../../../src/core/shell/parse';
import { DEFAULT_TEST_CONTEXT } from '../../helpers/rule-tester';

function downloadsAfter(line: string, start: RuleContext = DEFAULT_TEST_CONTEXT): string[] {
  let context = start;
  for (const command of parseCommandLine(line).commands) context = contextAfter(command, context);
  return (context.downloads ?? []).map((d) => `${d.tool} ${d.url} ${d.path} ${d.resolved ?? '?'}`);
}

describe('downloads recorded in the context', () => {
  const cases: [line: string, expected: string[]][] = [
    ['curl -o i.sh https://x.io/i.sh', ['curl https://x.io/i.sh i.sh /work/project/i.sh']],
    ['curl https://x.io/i.sh --output ./i.sh', ['curl https://x.io/i.sh ./i.sh /work/project/i.sh']],
    ['curl -fsSLoi.sh https://x.io/i.sh', ['curl https://x.io/i.sh i.sh /work/project/i.sh']],
    ['curl -O https://x.io/a/i.sh?v=2', ['curl https://x.io/a/i.sh?v=2 i.sh /work/project/i.sh']],
    ['curl --remote-name --output-dir /tmp https://x.io/i.sh', ['curl https://x.io/i.sh /tmp/i.sh /tmp/i.sh']],
    ['curl -s https://x.io/i.sh > i.sh', ['curl https://x.io/i.sh i.sh /work/project/i.sh']],
    ['curl -o - https://x.io/i.sh > i.sh', ['curl https://x.io/i.sh i.sh /work/project/i.sh']],
    ['wget https://x.io/setup.sh', ['wget https://x.io/setup.sh setup.sh /work/project/setup.sh']],
    ['wget https://x.io/', ['wget https://x.io/ index.html /work/project/index.html']],
    ['wget -P /opt/x https://x.io/setup.sh', ['wget https://x.io/setup.sh /opt/x/setup.sh /opt/x/setup.sh']],
    ['wget -qO /tmp/s.sh https://x.io/s.sh', ['wget https://x.io/s.sh /tmp/s.sh /tmp/s.sh']],
    ['wget --output-document=s.sh https://x.io/s.sh', ['wget https://x.io/s.sh s.sh /work/project/s.sh']],
    ['wget -qO- https://x.io/s.sh > s.sh', ['wget https://x.io/s.sh s.sh /work/project/s.sh']],
    ['iwr https://x.io/a.ps1 -OutFile a.ps1', ['iwr https://x.io/a.ps1 a.ps1 /work/project/a.ps1']],
    ['Invoke-WebRequest -Uri https://x.io/a.ps1 -OutFile:a.ps1', ['invoke-webrequest https://x.io/a.ps1 a.ps1 /work/project/a.ps1']],
    ['curl -fsSL https://x.io/i.sh | tee i.sh', ['curl https://x.io/i.sh i.sh /work/project/i.sh']],
    ['cd /tmp && curl -O https://x.io/i.sh', ['curl https://x.io/i.sh i.sh /tmp/i.sh']],
    ['curl -o a.sh https://x.io/a.sh && wget https://x.io/b.sh', ['curl https://x.io/a.sh a.sh /work/project/a.sh', 'wget https://x.io/b.sh b.sh /work/project/b.sh']],
    ['curl https://x.io/version', []],
    ['curl -s https://x.io/x | jq .', []],
    ['curl -s https://x.io/x 2> err.log', []],
    ['wget --spider https://x.io/x.sh', []],
    ['echo hi > i.sh', []],
    ['cat notes | tee i.sh', []],
  ];
  for (const [line, expected] of cases) {
    it(line, () => assert.deepEqual(downloadsAfter(line), expected));
  }

  it('leaves the context untouched (the same object) for commands that download nothing', () => {
    for (const line of ['ls -la', 'git status', 'curl https://x.io/health', 'npm test > out.log']) {
      const command = parseCommandLine(line).commands[0];
      assert.equal(contextAfter(command, DEFAULT_TEST_CONTEXT), DEFAULT_TEST_CONTEXT, line);
    }
  });

  it('keeps the path as written when no cwd is known', () => {
    assert.deepEqual(downloadsAfter('curl -o i.sh https://x.io/i.sh', {}), ['curl https://x.io/i.sh i.sh ?']);
  });
});
