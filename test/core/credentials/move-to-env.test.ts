// The "Move to .env" quick fix's text work: names, references per language, the source edit and the .env line.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { appendToEnvFile, envNameFor, gitignoreCoversEnv, importsOs, referenceEdit, referenceStyleFor } from '../../../src/core/credentials/move-to-env';

const apply = (line: string, e: { start: number; end: number; text: string } | undefined) => (e ? line.slice(0, e.start) + e.text + line.slice(e.end) : undefined);

describe('move to .env', () => {
  it('names the variable after its assignment, else after the token format', () => {
    assert.equal(envNameFor('secret-assignment', 'RAILWAY_TOKEN'), 'RAILWAY_TOKEN');
    assert.equal(envNameFor('openai-key', 'apiKey'), 'API_KEY');
    assert.equal(envNameFor('github-token'), 'GITHUB_TOKEN');
    assert.equal(envNameFor('secret-assignment'), 'SECRET');
  });

  it('only for languages where the reference is clear', () => {
    assert.equal(referenceStyleFor('typescriptreact'), 'javascript');
    assert.equal(referenceStyleFor('python'), 'python');
    assert.equal(referenceStyleFor('shellscript'), 'shell');
    assert.equal(referenceStyleFor('yaml'), undefined);
  });

  it('rewrites the literal as a reference', () => {
    const js = 'const stripe = new Stripe("SECRETVALUE1234");';
    assert.equal(apply(js, referenceEdit(js, 27, 15, 'javascript', 'STRIPE_SECRET_KEY')), 'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);');
    const py = "stripe.api_key = 'SECRETVALUE1234'";
    assert.equal(apply(py, referenceEdit(py, 18, 15, 'python', 'API_KEY')), 'stripe.api_key = os.environ["API_KEY"]');
    const sh = 'RAILWAY_TOKEN=SECRETVALUE1234 railway up';
    assert.equal(apply(sh, referenceEdit(sh, 14, 15, 'shell', 'RAILWAY_TOKEN')), 'RAILWAY_TOKEN="$RAILWAY_TOKEN" railway up');
    const shq = 'curl -H "Authorization: Bearer SECRETVALUE1234"';
    assert.equal(apply(shq, referenceEdit(shq, 31, 15, 'shell', 'TOKEN')), 'curl -H "Authorization: Bearer ${TOKEN}"');
    const shsq = "curl -H 'Authorization: Bearer SECRETVALUE1234'";
    assert.equal(referenceEdit(shsq, 31, 15, 'shell', 'TOKEN'), undefined, 'inside single quotes nothing expands: not moved');
    const shdq = 'export TOKEN="SECRETVALUE1234"';
    assert.equal(apply(shdq, referenceEdit(shdq, 14, 15, 'shell', 'TOKEN')), 'export TOKEN="$TOKEN"');
    const url = 'const u = "postgres://a:SECRETVALUE1234@db/x";';
    assert.equal(referenceEdit(url, 24, 15, 'javascript', 'DATABASE_PASSWORD'), undefined);
  });

  it('appends to .env without clobbering, keeping CRLF', () => {
    assert.deepEqual(appendToEnvFile('', 'TOKEN', 'abc'), { text: 'TOKEN=abc\n', name: 'TOKEN' });
    assert.deepEqual(appendToEnvFile('A=1\r\nTOKEN=other', 'TOKEN', 'abc'), { text: 'A=1\r\nTOKEN=other\r\nTOKEN_2=abc\r\n', name: 'TOKEN_2' });
    assert.deepEqual(appendToEnvFile('TOKEN="abc"\n', 'TOKEN', 'abc'), { text: 'TOKEN="abc"\n', name: 'TOKEN' });
    assert.equal(appendToEnvFile('', 'P', 'a b"c').text, 'P="a b\\"c"\n');
  });

  it('knows when os is imported and when .env is already ignored', () => {
    assert.equal(importsOs('import sys, os\n'), true);
    assert.equal(importsOs('import osmosis\n'), false);
    assert.equal(gitignoreCoversEnv('node_modules\n.env\n'), true);
    assert.equal(gitignoreCoversEnv('node_modules\n.envrc\n'), false);
  });
});
