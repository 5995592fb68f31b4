// Environment detection from facts: every signal, its switch, the strongest-wins rule and the defaults' sharp edges.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT_DETECTION, containsWord, detectEnvironment, detectionOptionsFrom, parseEnvAssignments, type EnvironmentFacts } from '../../../src/core/environment/detect';

const off = { ...DEFAULT_DETECTION, branch: false, envFiles: false, folderName: false, gitRemotes: false, kubeContext: false, terraformWorkspace: false };

describe('detectEnvironment', () => {
  const cases: { name: string; facts: EnvironmentFacts; env: string; reason?: RegExp; disable: keyof typeof DEFAULT_DETECTION }[] = [
    { name: 'production branch', facts: { branch: 'production' }, env: 'production', reason: /git branch "production"/, disable: 'branch' },
    { name: 'release/* branch', facts: { branch: 'release/2.4' }, env: 'production', reason: /release\/2\.4/, disable: 'branch' },
    { name: 'staging branch', facts: { branch: 'staging' }, env: 'staging', reason: /git branch "staging"/, disable: 'branch' },
    { name: '.env.production file', facts: { envFiles: [{ name: '.env.production', text: '' }] }, env: 'production', reason: /\.env\.production file/, disable: 'envFiles' },
    { name: 'NODE_ENV=production', facts: { envFiles: [{ name: '.env', text: 'PORT=1\nNODE_ENV=production\n' }] }, env: 'production', reason: /NODE_ENV=production in \.env/, disable: 'envFiles' },
    { name: 'RAILWAY_ENVIRONMENT=staging (quoted, export)', facts: { envFiles: [{ name: '.env', text: 'export RAILWAY_ENVIRONMENT="staging" # note' }] }, env: 'staging', reason: /RAILWAY_ENVIRONMENT=staging/, disable: 'envFiles' },
    { name: 'folder name', facts: { folderName: 'shop-prod' }, env: 'production', reason: /folder name "shop-prod"/, disable: 'folderName' },
    { name: 'git remote', facts: { remoteUrls: ['git@github.com:acme/api-staging.git'] }, env: 'staging', reason: /git remote/, disable: 'gitRemotes' },
    { name: 'kube context', facts: { kubeContext: 'arn:aws:eks:us-east-1:1:cluster/eks-prod' }, env: 'production', reason: /kubectl context/, disable: 'kubeContext' },
    { name: 'terraform workspace', facts: { terraformWorkspace: 'prd' }, env: 'production', reason: /terraform workspace "prd"/, disable: 'terraformWorkspace' },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.env}`, () => {
      const d = detectEnvironment(c.facts);
      assert.equal(d.environment, c.env);
      assert.ok(d.reasons.some((r) => c.reason!.test(r)), d.reasons.join(' | '));
    });
    it(`${c.name} is ignored when agentGuard.detection.${c.disable} is false`, () => {
      const d = detectEnvironment(c.facts, { ...DEFAULT_DETECTION, [c.disable]: false });
      assert.deepEqual(d, { environment: 'development', reasons: [] });
    });
  }

  it('returns development with no reasons when nothing matches', () => {
    const d = detectEnvironment({ folderName: 'product-catalog', branch: 'main', remoteUrls: ['https://github.com/acme/reproduce.git'], kubeContext: 'kind-dev', envFiles: [{ name: '.env', text: 'NODE_ENV=development' }] });
    assert.deepEqual(d, { environment: 'development', reasons: [] });
  });

  it('strongest wins and keeps every reason at that level only', () => {
    const d = detectEnvironment({ branch: 'staging', folderName: 'api-prod', kubeContext: 'prod-eu' });
    assert.equal(d.environment, 'production');
    assert.deepEqual(d.reasons, ['folder name "api-prod"', 'kubectl context "prod-eu"']);
  });

  it('ignores example/sample/template env files', () => {
    for (const name of ['.env.production.example', '.env.example', '.env.sample', '.env.template']) {
      assert.equal(detectEnvironment({ envFiles: [{ name, text: 'NODE_ENV=production' }] }).environment, 'development', name);
    }
  });

  it('uses the person\'s own lists (main as a production branch, custom words)', () => {
    const options = detectionOptionsFrom({ productionBranches: ['main'], productionWords: ['live-site'] });
    assert.equal(detectEnvironment({ branch: 'main' }, options).environment, 'production');
    assert.equal(detectEnvironment({ folderName: 'acme-live-site' }, options).environment, 'production');
    assert.equal(detectEnvironment({ folderName: 'acme-prod' }, options).environment, 'development');
  });

  it('every signal off → development', () => {
    assert.equal(detectEnvironment({ branch: 'production', folderName: 'prod', kubeContext: 'prod' }, off).environment, 'development');
  });
});

describe('detectionOptionsFrom', () => {
  it('falls back to defaults for malformed values', () => {
    const o = detectionOptionsFrom({ branch: 'yes', productionBranches: 'main', stagingWords: [1, 2], envFiles: false });
    assert.equal(o.branch, true);
    assert.deepEqual(o.productionBranches, DEFAULT_DETECTION.productionBranches);
    assert.deepEqual(o.stagingWords, DEFAULT_DETECTION.stagingWords);
    assert.equal(o.envFiles, false);
    assert.deepEqual(detectionOptionsFrom(undefined), DEFAULT_DETECTION);
    assert.deepEqual(detectionOptionsFrom([1]), DEFAULT_DETECTION);
  });
});

describe('containsWord and parseEnvAssignments', () => {
  it('matches whole tokens only', () => {
    assert.equal(containsWord('api.production.example.com', ['production']), 'production');
    assert.equal(containsWord('PROD_DB', ['prod']), 'prod');
    assert.equal(containsWord('product', ['prod']), undefined);
    assert.equal(containsWord('reproduce', ['prod']), undefined);
  });
  it('reads .env lines with export, quotes, comments and CRLF', () => {
    const m = parseEnvAssignments('# c\r\nexport A=1\r\nB = "two words" # x\r\nC=\'q\'\r\nD=plain # comment\r\nnot a line\r\n');
    assert.deepEqual([...m], [['A', '1'], ['B', 'two words'], ['C', 'q'], ['D', 'plain']]);
  });
});
