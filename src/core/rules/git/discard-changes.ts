// git/discard-changes: commands that overwrite uncommitted edits in the working tree with a committed version:
// `git checkout -- .`, `git checkout .`, `git checkout main src/app.ts`, `git checkout -f`, `git restore .`,
// `git restore --staged --worktree`, `git switch --discard-changes`. Switching branches (`git checkout feature`) and
// unstaging (`git restore --staged file`) are not matched.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { GIT_COMMANDS, readGit } from './git-invocation';

const CHECKOUT_VALUE_FLAGS = ['-b', '-B', '--orphan', '--conflict', '--pathspec-from-file'];
const RESTORE_VALUE_FLAGS = ['-s', '--source', '--conflict', '--pathspec-from-file'];

/** Words that can only be paths, never a branch: `.`, `./x`, globs, `:/` (repository root). */
function isPathLike(word: string): boolean {
  return word === '.' || word === '..' || word.startsWith('./') || word.startsWith('../') || word.startsWith('/') || word.startsWith(':/') ||
    /[*?[]/.test(word) || SOURCE_FILE.test(word) || WELL_KNOWN_FILES.has(word.slice(word.lastIndexOf('/') + 1));
}

/** Project files without an extension that nobody names a branch after (`git checkout Makefile`). */
const WELL_KNOWN_FILES = new Set(['Makefile', 'GNUmakefile', 'Dockerfile', 'Containerfile', 'Gemfile', 'Rakefile', 'Procfile', 'Jenkinsfile', 'Vagrantfile', 'Brewfile', 'Justfile', 'justfile', 'Pipfile', 'Podfile', 'Cartfile', 'CODEOWNERS', 'LICENSE', 'README', 'CHANGELOG', '.gitignore', '.gitattributes', '.dockerignore', '.editorconfig', '.npmrc', '.nvmrc', '.env']);

/** A file name with an extension no branch or tag name ends in, in practice (`src/app.ts`, `package.json`; tags such
 * as v1.2.3 end in digits). Without `--`, git itself guesses the same way: a path when no such branch exists. */
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kt|swift|c|h|cc|cpp|hpp|cs|php|vue|svelte|json|ya?ml|toml|ini|cfg|conf|md|mdx|rst|txt|html?|css|scss|less|sql|sh|bash|zsh|ps1|lock|xml|gradle|tf|tfvars|proto|graphql|env)$/i;

export const rule: Rule = {
  meta: {
    id: 'git/discard-changes',
    title: 'Discard uncommitted changes',
    severity: 'destructive',
    category: 'destructive',
    why: 'This overwrites edits that were never committed; git has no copy of them, so they cannot be brought back.',
    saferAlternative: 'Run git stash first (git stash push -- <paths>) so the changes can be restored with git stash pop.',
    messages: {
      checkoutPaths: 'git checkout {{paths}} overwrites uncommitted changes in those files.',
      forceSwitch: 'git {{subcommand}} --force throws away uncommitted changes while switching branches.',
      restore: 'git restore {{paths}} overwrites uncommitted changes in those files.',
    },
  },
  commands: GIT_COMMANDS,
  match(command): RuleMatch | null {
    const git = readGit(command);
    if (!git) return null;
    const argv = git.argv;
    if (hasFlag(argv, 'p', '--patch')) return null;
    if (git.subcommand === 'checkout') {
      if (hasFlag(argv, '', '--orphan') || hasFlag(argv, 'bB')) return null;
      const dashes = argv.indexOf('--');
      const words = operands(argv, CHECKOUT_VALUE_FLAGS);
      const paths = dashes > 0 ? argv.slice(dashes + 1) : words.length >= 2 ? words.slice(1) : words.filter(isPathLike);
      if (paths.length > 0 || hasFlag(argv, '', '--pathspec-from-file')) {
        return { messageId: 'checkoutPaths', data: { paths: paths.join(' ') || 'the listed paths' } };
      }
      if (hasFlag(argv, 'f', '--force')) return { messageId: 'forceSwitch', data: { subcommand: 'checkout' } };
      return null;
    }
    if (git.subcommand === 'switch') {
      if (hasFlag(argv, 'f', '--force', '--discard-changes')) return { messageId: 'forceSwitch', data: { subcommand: 'switch' } };
      return null;
    }
    if (git.subcommand === 'restore') {
      const staged = hasFlag(argv, 'S', '--staged');
      const worktree = hasFlag(argv, 'W', '--worktree');
      if (staged && !worktree) return null;
      const paths = operands(argv, RESTORE_VALUE_FLAGS);
      return { messageId: 'restore', data: { paths: paths.join(' ') || 'the listed paths' } };
    }
    return null;
  },
};
