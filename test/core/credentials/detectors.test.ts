// Content detectors: each token format is found in realistic lines, and the look-alikes people write every day are not.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findSecrets, isPlaceholder, maskSecret, secretNameFamily } from '../../../src/core/credentials/detectors';
import { alnum, fake, fakeJwt } from './fixtures';

const found: { line: () => string; detector: string; name?: string }[] = [
  { line: () => `AWS_ACCESS_KEY_ID=${fake.awsKeyId()}`, detector: 'aws-access-key-id', name: 'AWS_ACCESS_KEY_ID' },
  { line: () => `aws_secret_access_key = ${fake.awsSecret()}`, detector: 'aws-secret-access-key' },
  { line: () => `git clone https://${fake.github()}@github.com/acme/app`, detector: 'github-token' },
  { line: () => `GH_TOKEN="${fake.githubPat()}"`, detector: 'github-token', name: 'GH_TOKEN' },
  { line: () => `token: ${fake.gitlab()}`, detector: 'gitlab-token' },
  { line: () => `Stripe::api_key = '${fake.stripe()}'`, detector: 'stripe-live-key' },
  { line: () => `const restricted = "${fake.stripeRestricted()}"`, detector: 'stripe-live-key' },
  { line: () => `slack_token: ${fake.slack()}`, detector: 'slack-token' },
  { line: () => `OPENAI_API_KEY=${fake.openai()}`, detector: 'openai-key', name: 'OPENAI_API_KEY' },
  { line: () => `new Anthropic({ apiKey: "${fake.anthropic()}" })`, detector: 'anthropic-key' },
  { line: () => `//registry.npmjs.org/:_authToken=${fake.npm()}`, detector: 'npm-token' },
  { line: () => `password = ${fake.pypi()}`, detector: 'pypi-token' },
  { line: () => `const maps = "${fake.google()}";`, detector: 'google-api-key' },
  { line: () => `SUPABASE_KEY=${fake.supabaseServiceRole()}`, detector: 'supabase-service-role', name: 'SUPABASE_KEY' },
  { line: () => fake.privateKey(), detector: 'private-key' },
  { line: () => `"private_key": "${fake.privateKey().replace(/\n/g, '\\n')}"`, detector: 'private-key' },
  { line: () => `mongodb+srv://svc:${fake.password()}@cluster0.ab1cd.mongodb.net/prod`, detector: 'database-url' },
  { line: () => `REDIS_URL=rediss://:${fake.password()}@cache.prod.internal:6380`, detector: 'database-url' },
  { line: () => `RAILWAY_TOKEN=${fake.uuid()} railway up`, detector: 'secret-assignment', name: 'RAILWAY_TOKEN' },
  { line: () => `export VERCEL_TOKEN='${alnum(24)}'`, detector: 'secret-assignment', name: 'VERCEL_TOKEN' },
  { line: () => `"clientSecret": "${alnum(32)}",`, detector: 'secret-assignment', name: 'clientSecret' },
  { line: () => `db_password: "${fake.password()}"`, detector: 'secret-assignment', name: 'db_password' },
  { line: () => `self.api_key = "${fake.hex(32)}"`, detector: 'secret-assignment', name: 'api_key' },
  { line: () => `MAILGUN_SIGNING_KEY := "${alnum(40)}"`, detector: 'secret-assignment', name: 'MAILGUN_SIGNING_KEY' },
  { line: () => `JWT_SECRET=${fakeJwt({ sub: 'svc' })}`, detector: 'secret-assignment', name: 'JWT_SECRET' },
];

const notFound: { why: string; line: () => string }[] = [
  { why: 'documented AWS example keys', line: () => 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  { why: 'GitHub Actions secret reference', line: () => 'GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}' },
  { why: 'shell variable', line: () => 'API_TOKEN="${API_TOKEN}"\nSECRET=$SECRET' },
  { why: 'angle-bracket placeholder', line: () => 'OPENAI_API_KEY=<your-token>' },
  { why: 'your_…_here placeholder', line: () => 'OPENAI_API_KEY=your_api_key_here' },
  { why: 'xxx placeholder in a real prefix', line: () => 'STRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\ngh' + 'p_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { why: 'changeme', line: () => 'DB_PASSWORD=changeme' },
  { why: 'environment lookups', line: () => 'const token = process.env.API_TOKEN;\npassword = os.environ["DB_PASSWORD"]\napi_key = os.getenv("KEY")' },
  { why: 'function calls and member access', line: () => 'const secret = getSecret();\nconst password = req.body.password;\ntoken = self.auth_token' },
  { why: 'lockfile integrity hash', line: () => `"integrity": "sha512-${Buffer.from(fake.hex(64)).toString('base64')}"` },
  { why: 'commit SHAs', line: () => `commit ${fake.hex(40)}\nrev = "${fake.hex(40)}"` },
  { why: 'plain UUID ids', line: () => `const userId = "${fake.uuid()}";\nREQUEST_ID=${fake.uuid()}\nid: ${fake.uuid()}` },
  { why: 'public keys', line: () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${alnum(43)} me@host\n-----BEGIN PUBLIC KEY-----\n${fake.hex(200)}\n-----END PUBLIC KEY-----` },
  { why: 'private-key header without a key', line: () => "if (pem.startsWith('-----BEGIN PRIVATE KEY-----')) {" },
  { why: 'Supabase anon key (public by design)', line: () => `SUPABASE_ANON_KEY=${fake.supabaseAnon()}\nconst key = "${fake.supabaseAnon()}"` },
  { why: 'publishable keys', line: () => `NEXT_PUBLIC_STRIPE_KEY=pk_live_${alnum(24)}\nSTRIPE_PUBLISHABLE_KEY=pk_live_${alnum(24)}` },
  { why: 'local development database', line: () => 'DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev\nmysql://root:' + alnum(12) + '@127.0.0.1/app' },
  { why: 'database URL with a variable', line: () => 'postgres://app:${DB_PASSWORD}@db.prod.internal/app' },
  { why: 'key-ish names that are not secrets', line: () => 'const PASSWORD_MIN_LENGTH = 12;\nTOKEN_EXPIRY=3600\nsort_key = "created_at"\nprimaryKey: "id"\nkey = "value"\nkeyboard = "us"' },
  { why: 'weak dev password', line: () => 'POSTGRES_PASSWORD: postgres\npassword: password' },
  { why: 'sk- inside words', line: () => '.task-list-item-checkbox-is-large-and-1 { }\nconst ask-for-the-token-in-the-ui-1 = 1' },
  { why: 'unassigned JWT', line: () => `Example: ${fakeJwt({ sub: '1234567890', name: 'John Doe' })}` },
  { why: 'sentences assigned to secret names', line: () => 'SECRET_HINT="Ask the admin for the secret"\nerror.token = "Token has expired 12 times"' },
];

describe('content detectors find every token format', () => {
  for (const c of found) {
    it(`${c.detector}${c.name ? ` (${c.name})` : ''}`, () => {
      const text = c.line();
      const hits = findSecrets(text);
      assert.deepEqual(hits.map((h) => h.detector), [c.detector], `in: ${text.slice(0, 80)}`);
      const hit = hits[0];
      assert.ok(hit.length >= 8 && hit.index >= 0 && hit.index + hit.length <= text.length);
      if (c.name) assert.equal(hit.name, c.name);
    });
  }
});

describe('random keys are found whatever their letters happen to be', () => {
  // Each run draws new keys, so the test bounds the miss rate with a wide margin instead of hoping for a lucky draw.
  const shapes: [name: string, length: number, make: (n: number) => string][] = [
    ['RAILWAY_TOKEN', 16, fake.hex],
    ['api_key', 20, fake.hex],
    ['MAPS_KEY', 20, fake.hex],
    ['DATADOG_API_KEY', 32, fake.hex],
    ['SENTRY_AUTH_TOKEN', 40, fake.hex],
    ['CLIENT_SECRET', 24, alnum],
    ['SERVICE_KEY', 20, alnum],
  ];
  for (const [name, length, make] of shapes) {
    it(`${name} = ${length} random ${make === fake.hex ? 'hex digits' : 'letters and digits'}`, () => {
      let missed = 0;
      const draws = 4000;
      for (let i = 0; i < draws; i++) {
        const value = make(length);
        if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) continue; // all digits or all letters: not a key's shape
        if (findSecrets(`${name}="${value}"`).length === 0) missed++;
      }
      assert.ok(missed <= draws / 200, `${missed} of ${draws} missed`);
    });
  }
});

describe('content detectors stay quiet on look-alikes', () => {
  for (const c of notFound) {
    it(c.why, () => {
      const text = c.line();
      assert.deepEqual(findSecrets(text).map((h) => `${h.detector}: ${text.slice(h.index, h.index + h.length)}`), []);
    });
  }
});

describe('helpers', () => {
  it('secret-like names', () => {
    for (const n of ['RAILWAY_TOKEN', 'apiKey', 'STRIPE_SECRET_KEY', 'client_secret', 'DB_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'authToken']) assert.ok(secretNameFamily(n), n);
    for (const n of ['key', 'sortKey', 'PRIMARY_KEY', 'TOKEN_EXPIRY', 'PASSWORD_MIN_LENGTH', 'PUBLIC_KEY', 'SUPABASE_ANON_KEY', 'monkey', 'tokenizer']) assert.equal(secretNameFamily(n), undefined, n);
  });
  it('placeholders', () => {
    for (const v of ['<your-token>', '${VAR}', '${{ secrets.X }}', 'process.env.X', 'xxxxxxxx', 'changeme', 'your_api_key_here', '$TOKEN']) assert.ok(isPlaceholder(v), v);
    assert.equal(isPlaceholder(alnum(30)), false);
  });
  it('short placeholder words count only as words, not by chance inside a random key', () => {
    for (const v of ['AK' + 'IAXXXXXXXXXXXXXXXX', 'sk-xxxxxxxx', 'api_key_here', 'TODO', 'fake-token', 'token-xxx', 'xXxXxXxX']) assert.ok(isPlaceholder(v), v);
    // As drawn by the fixtures once in a few hundred runs: the letters fall inside random text.
    for (const v of ['AK' + 'IA' + 'HERE' + 'XESFI7RFEZFZ', 'sk-' + 'ant-api03-3XXXEFA' + alnum(40), alnum(10) + 'QxXxF' + alnum(10), alnum(8) + 'todo' + alnum(8), alnum(8) + 'Fake' + alnum(8)]) {
      assert.equal(isPlaceholder(v), false, v);
    }
  });
  it('masking never shows the random part', () => {
    const token = fake.github();
    const masked = maskSecret(token, 4);
    assert.equal(masked, `ghp_…(${token.length} chars)`);
    assert.ok(!masked.includes(token.slice(4, 10)));
    assert.equal(maskSecret('abc', 4), '…(3 chars)');
  });
});
