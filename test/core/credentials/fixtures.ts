// Fake secrets for tests and the benchmark, generated at run time in each token's real format. Prefixes are split by
// concatenation so no real-looking secret is ever written in the repository.
import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function pick(n: number, alphabet: string): string {
  const bytes = randomBytes(n);
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[bytes[i] % alphabet.length];
  return out;
}

/** Random alphanumerics that surely hold a lower, an upper and a digit (some formats are checked for that). */
export const alnum = (n: number) => pick(n - 3, ALNUM) + 'q7Z';
const b64url = (s: string) => Buffer.from(s).toString('base64url');

export function fakeJwt(payload: Record<string, unknown>): string {
  return `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}.${randomBytes(32).toString('base64url')}`;
}

export const fake = {
  awsKeyId: () => 'AK' + 'IA' + pick(16, UPPER_NUM),
  awsSecret: () => randomBytes(30).toString('base64').replace(/=/g, 'A'),
  github: () => 'gh' + 'p_' + alnum(36),
  githubPat: () => 'github' + '_pat_' + alnum(22) + '_' + alnum(59),
  gitlab: () => 'gl' + 'pat-' + alnum(20),
  stripe: () => 'sk' + '_live_' + alnum(32),
  stripeRestricted: () => 'rk' + '_live_' + alnum(32),
  slack: () => 'xo' + 'xb-' + pick(12, '0123456789') + '-' + pick(12, '0123456789') + '-' + alnum(24),
  openai: () => 'sk' + '-proj-' + alnum(64),
  anthropic: () => 'sk' + '-ant-api03-' + alnum(90) + 'AA',
  npm: () => 'np' + 'm_' + alnum(36),
  pypi: () => 'py' + 'pi-AgEIcHlwaS5vcmc' + alnum(70),
  google: () => 'AI' + 'za' + alnum(35),
  supabaseServiceRole: () => fakeJwt({ iss: 'supabase', ref: pick(20, 'abcdefghijklmnopqrst'), role: 'service_' + 'role', iat: 1700000000, exp: 2000000000 }),
  supabaseAnon: () => fakeJwt({ iss: 'supabase', ref: pick(20, 'abcdefghijklmnopqrst'), role: 'anon', iat: 1700000000, exp: 2000000000 }),
  privateKey: () => '-----BEGIN ' + 'RSA PRIVATE KEY-----\n' + (randomBytes(600).toString('base64').match(/.{1,64}/g) ?? []).join('\n') + '\n-----END ' + 'RSA PRIVATE KEY-----\n',
  uuid: () => randomUUID(),
  password: () => alnum(16),
  hex: (n: number) => randomBytes(Math.ceil(n / 2)).toString('hex').slice(0, n),
};

/** Writes `files` (relative path → text) under a fresh temporary folder and returns it. */
export function makeWorkspace(files: Record<string, string | Buffer>, prefix = 'ag-cred-'): string {
  const root = fs.mkdtempSync(path.join(fs.realpathSync(require('node:os').tmpdir()), prefix));
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return root;
}

/** The planted-credential workspace: secrets in unrelated files, credential files by name, and look-alikes. */
export function plantedWorkspace(): { files: Record<string, string>; planted: { path: string; detector: string }[]; clean: string[] } {
  const uuid = fake.uuid();
  const files: Record<string, string> = {
    'scripts/domains.sh': `#!/bin/bash\n# Point the marketing domains at the app.\nset -euo pipefail\nRAILWAY_TOKEN=${uuid} railway domain add www.example.org\n`,
    '.env': `DATABASE_URL=postgres://app:${fake.password()}@db.internal:5432/app\n`,
    '.env.production': 'API=1\n',
    'deploy/id_ed25519': fake.privateKey(),
    'certs/server.key': fake.privateKey(),
    'infra/terraform.tfstate': '{"version": 4}\n',
    'config/master.key': fake.hex(32) + '\n',
    'home/.npmrc': `//registry.npmjs.org/:_authToken=${fake.npm()}\n`,
    'gcp/prod-runner.json': JSON.stringify({ type: 'service_account', project_id: 'p', private_key_id: fake.hex(40), private_key: fake.privateKey(), client_email: 'a@p.iam.gserviceaccount.com' }, null, 2),
    'src/github.ts': `export const client = new Octokit({ auth: "${fake.github()}" });\n`,
    'src/billing.py': `import stripe\nstripe.api_key = "${fake.stripe()}"\n`,
    'src/ai.js': `const openai = new OpenAI({ apiKey: '${fake.openai()}' });\nconst claude = new Anthropic({ apiKey: '${fake.anthropic()}' });\n`,
    'src/supabase.ts': `export const admin = createClient(url, '${fake.supabaseServiceRole()}');\n`,
    'ops/notify.sh': `curl -X POST -d 'hi' https://hooks.slack.com/services/T${pick(8, UPPER_NUM)}/B${pick(8, UPPER_NUM)}/${alnum(24)}\nSLACK_BOT=${fake.slack()}\n`,
    'ci/publish.yml': `env:\n  GITLAB: ${fake.gitlab()}\n  PYPI: ${fake.pypi()}\n`,
    'app/config.rb': `config.aws_access_key_id = "${fake.awsKeyId()}"\nconfig.aws_secret_access_key = "${fake.awsSecret()}"\n`,
    'web/maps.html': `<script src="https://maps.googleapis.com/maps/api/js?key=${fake.google()}"></script>\n`,
    'db/migrate.sh': `psql "postgresql://admin:${fake.password()}@prod-db.eu-west-1.rds.amazonaws.com:5432/main" -f up.sql\n`,
    'settings.yaml': `mail:\n  smtp_password: "${fake.password()}"\n`,
    // Look-alikes: nothing here may be reported.
    '.env.example': 'OPENAI_API_KEY=your_api_key_here\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:${DB_PASSWORD}@localhost/app\n',
    'docs/aws.md': 'Use `AKIAIOSFODNN7EXAMPLE` and `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` from the AWS docs.\n',
    '.github/workflows/ci.yml': 'env:\n  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n',
    'src/env.ts': 'export const token = process.env.API_TOKEN;\nconst password = os.environ["DB_PASSWORD"]\nconst API_KEY = "<your-token>";\n',
    'package-lock.json': `{"packages": {"node_modules/a": {"integrity": "sha512-${randomBytes(64).toString('base64')}"}}}\n`,
    'src/ids.ts': `export const userId = "${fake.uuid()}";\nconst REQUEST_ID = "${fake.uuid()}";\n// fixed in ${fake.hex(40)}\nconst commit = "${fake.hex(40)}";\n`,
    'keys/deploy.pub': `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${alnum(43)} deploy@ci\n`,
    'keys/signing.pem': '-----BEGIN PUBLIC KEY-----\n' + randomBytes(200).toString('base64') + '\n-----END PUBLIC KEY-----\n',
    'src/pem.ts': "if (line.startsWith('-----BEGIN PRIVATE KEY-----')) return parse(line);\n",
    'src/public.ts': `const SUPABASE_ANON_KEY = '${fake.supabaseAnon()}';\nconst NEXT_PUBLIC_STRIPE_KEY = "pk_live_${alnum(24)}";\n`,
    'docker-compose.yml': 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n      DATABASE_URL: postgres://postgres:postgres@localhost:5432/dev\n',
    'src/constants.ts': 'const PASSWORD_MIN_LENGTH = 12;\nconst TOKEN_EXPIRY = 3600;\nconst sort_key = "created_at";\nconst primaryKey = "id";\nconst cacheKey = `user:${id}`;\n',
    'styles/site.css': '.task-list-item-checkbox-is-large-and-1 { margin: 0 }\n',
    'project/.npmrc': 'engine-strict=true\nsave-exact=true\n',
    'src/id_generator.py': 'def next_id():\n    return 1\n',
    'docs/jwt.md': `Tokens look like ${fakeJwt({ sub: '1234567890', name: 'John Doe' })}.\n`,
  };
  const planted = [
    { path: 'scripts/domains.sh', detector: 'secret-assignment' },
    { path: '.env', detector: 'environment-file' },
    { path: '.env.production', detector: 'environment-file' },
    { path: 'deploy/id_ed25519', detector: 'ssh-private-key' },
    { path: 'certs/server.key', detector: 'private-key' },
    { path: 'infra/terraform.tfstate', detector: 'terraform-state' },
    { path: 'config/master.key', detector: 'private-key' },
    { path: 'home/.npmrc', detector: 'package-registry-token-file' },
    { path: 'gcp/prod-runner.json', detector: 'gcp-service-account' },
    { path: 'src/github.ts', detector: 'github-token' },
    { path: 'src/billing.py', detector: 'stripe-live-key' },
    { path: 'src/ai.js', detector: 'openai-key' },
    { path: 'src/ai.js', detector: 'anthropic-key' },
    { path: 'src/supabase.ts', detector: 'supabase-service-role' },
    { path: 'ops/notify.sh', detector: 'slack-webhook' },
    { path: 'ops/notify.sh', detector: 'slack-token' },
    { path: 'ci/publish.yml', detector: 'gitlab-token' },
    { path: 'ci/publish.yml', detector: 'pypi-token' },
    { path: 'app/config.rb', detector: 'aws-access-key-id' },
    { path: 'app/config.rb', detector: 'aws-secret-access-key' },
    { path: 'web/maps.html', detector: 'google-api-key' },
    { path: 'db/migrate.sh', detector: 'database-url' },
    { path: 'settings.yaml', detector: 'secret-assignment' },
  ];
  const clean = Object.keys(files).filter((f) => !planted.some((p) => p.path === f));
  return { files, planted, clean };
}
