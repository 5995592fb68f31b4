// Parsers for .git/HEAD, .git/config, kubeconfig and .terraform/environment text.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { branchFromGitHead, gitDirFromDotGitFile, kubeCurrentContext, remoteUrlsFromGitConfig, terraformWorkspaceFrom } from '../../../src/core/environment/fact-parsers';

describe('fact parsers', () => {
  it('reads the branch from HEAD, none when detached', () => {
    assert.equal(branchFromGitHead('ref: refs/heads/release/1.2\n'), 'release/1.2');
    assert.equal(branchFromGitHead('ref: refs/heads/main\r\n'), 'main');
    assert.equal(branchFromGitHead('3f786850e387550fdab836ed7e6dc881de23001b\n'), undefined);
  });
  it('follows a worktree .git file', () => {
    assert.equal(gitDirFromDotGitFile('gitdir: ../main/.git/worktrees/hotfix\n'), '../main/.git/worktrees/hotfix');
    assert.equal(gitDirFromDotGitFile('nonsense'), undefined);
  });
  it('lists remote urls only from remote sections', () => {
    const text = '[core]\n\turl = not-a-remote\n[remote "origin"]\n\turl = git@github.com:acme/shop-prod.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "main"]\n\tremote = origin\n[remote "backup"]\r\n\turl = "https://git.example.com/acme/shop.git"\r\n';
    assert.deepEqual(remoteUrlsFromGitConfig(text), ['git@github.com:acme/shop-prod.git', 'https://git.example.com/acme/shop.git']);
  });
  it('reads current-context from a kubeconfig', () => {
    assert.equal(kubeCurrentContext('apiVersion: v1\nclusters: []\ncurrent-context: eks-prod\nkind: Config\n'), 'eks-prod');
    assert.equal(kubeCurrentContext('current-context: "gke_acme_europe-west1_staging"\n'), 'gke_acme_europe-west1_staging');
    assert.equal(kubeCurrentContext('current-context: ""\n'), undefined);
    assert.equal(kubeCurrentContext('contexts:\n- name: x\n  current-context: nested-not-top\n'), undefined);
    assert.equal(kubeCurrentContext('kind: Config\n'), undefined);
  });
  it('treats the default terraform workspace as no signal', () => {
    assert.equal(terraformWorkspaceFrom('production\n'), 'production');
    assert.equal(terraformWorkspaceFrom('default'), undefined);
    assert.equal(terraformWorkspaceFrom('  '), undefined);
  });
});
