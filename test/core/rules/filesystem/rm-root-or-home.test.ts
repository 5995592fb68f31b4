import { rule } from '../../../../src/core/rules/filesystem/rm-root-or-home';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'npx rimraf ./build',
    'rm -rf node_modules',
    'rm -rf ./dist build .next',
    'rm -rf /tmp/build-cache',
    'rm -rf /tmp/*',
    'rm file.txt',
    'rm -rf ~/.cache/pip',
    'rm -rf ~/projects/old-app',
    'rm -rf "${BUILD_DIR:?}/"',
    'rm -rf "$BUILD_DIR"',
    'echo "rm -rf /"',
    'git commit -m "rm -rf / is bad"',
    'ls /',
    'rmdir /tmp/empty',
    'rm -rf /usr/local/lib/node_modules/typescript',
  ],
  stop: [
    { command: 'pnpm dlx rimraf /', messageId: 'root', severity: 'catastrophic' },
    { command: 'rimraf ~', messageId: 'home', severity: 'catastrophic' },
    { command: 'rm -rf /', messageId: 'root', severity: 'catastrophic' },
    { command: 'rm -fr /', messageId: 'root' },
    { command: 'rm -r -f /', messageId: 'root' },
    { command: 'rm -R /', messageId: 'root' },
    { command: 'rm --recursive --force /', messageId: 'root' },
    { command: 'rm --rec --force /', messageId: 'root' },
    { command: 'rm -rf --no-preserve-root /', messageId: 'root' },
    { command: 'rm \u2014rf /', messageId: 'root' },
    { command: 'rm \u2013r \u2013f /', messageId: 'root' },
    { command: 'rm -rf //', messageId: 'root' },
    { command: 'rm -rf /.', messageId: 'root' },
    { command: 'rm -rf /tmp/../', messageId: 'root' },
    { command: 'rm -rf /*', messageId: 'root', severity: 'catastrophic' },
    { command: 'rm -rf "/"', messageId: 'root' },
    { command: "rm -rf '/'*", messageId: 'root' },
    { command: '/bin/rm -rf /', messageId: 'root' },
    { command: '\\rm -rf /', messageId: 'root' },
    { command: 'rm -rf ~', messageId: 'home', severity: 'catastrophic' },
    { command: 'rm -rf ~/', messageId: 'home' },
    { command: 'rm -rf ~/*', messageId: 'home' },
    { command: 'rm -rf $HOME', messageId: 'home' },
    { command: 'rm -rf "$HOME"', messageId: 'home' },
    { command: 'rm -rf ${HOME}/', messageId: 'home' },
    { command: 'rm -rf "${HOME:?}"/*', messageId: 'home' },
    { command: 'rm -rf /home/dev', messageId: 'home' },
    { command: 'rm -rf /Users/alice', messageId: 'home' },
    { command: 'rm -rf /root', messageId: 'home' },
    { command: 'rm -rf ~alice', messageId: 'home' },
    { command: 'rm -rf /usr', messageId: 'system', severity: 'catastrophic' },
    { command: 'rm -rf /etc/', messageId: 'system' },
    { command: 'rm -rf /usr/bin', messageId: 'system' },
    { command: 'rm -rf /var/lib', messageId: 'system' },
    { command: 'rm -rf /home', messageId: 'system' },
    { command: 'rm -rf /boot/*', messageId: 'system' },
    { command: 'rm -rf /u*', messageId: 'root' },
    { command: 'rm -rf ../../../../../..', messageId: 'root' },
    { command: 'sudo rm -rf /', messageId: 'root' },
    { command: "bash -c 'rm -rf /'", messageId: 'root' },
    { command: 'rm -rf "$STEAMROOT/"*', messageId: 'emptyVariable', severity: 'catastrophic' },
    { command: 'rm -rf $PREFIX/usr', messageId: 'emptyVariable' },
    { command: 'rm -rf --no-preserve-root "$DIR"', messageId: 'noPreserveRoot', severity: 'catastrophic' },
  ],
});

// A macOS home, and no context at all: `~` and `$HOME` are still a home folder.
runRuleTable(rule, {
  context: { cwd: '/Users/alice/code/app', workspaceRoot: '/Users/alice/code/app', home: '/Users/alice' },
  allow: ['rm -rf ~/code/app/dist', 'rm -rf ~/Library/Caches/com.example'],
  stop: [
    { command: 'rm -rf ~/', messageId: 'home' },
    { command: 'rm -rf ../..', messageId: 'home' },
    { command: 'rm -rf /Users', messageId: 'system' },
  ],
});
runRuleTable(rule, {
  context: {},
  allow: ['rm -rf dist'],
  stop: [
    { command: 'rm -rf ~', messageId: 'home' },
    { command: 'rm -rf "$HOME/"', messageId: 'home' },
    { command: 'rm -rf /', messageId: 'root' },
  ],
});

// Windows folders as Git Bash and WSL users write them (`/c/…`, `/mnt/c/…`), and drive paths (`C:/…`, quoted `C:\…`).
runRuleTable(rule, {
  allow: ['rm -rf /c/tmp/build', 'rm -rf C:/Users/dev/project/node_modules', 'rm -rf /mnt/data/cache', 'rm -rf /mnt/c/Users/dev/app/dist'],
  stop: [
    { command: 'rm -rf /c/', messageId: 'root', severity: 'catastrophic' },
    { command: 'rm -rf C:/', messageId: 'root' },
    { command: 'rm -rf /c/Windows', messageId: 'system' },
    { command: 'rm -rf "C:\\Windows"', messageId: 'system' },
    { command: 'rm -rf /mnt/c/Windows/System32', messageId: 'system' },
    { command: 'rm -rf "/c/Program Files"', messageId: 'system' },
    { command: 'rm -rf /c/Users/dev', messageId: 'home' },
    { command: 'rm -rf /mnt/c/Users/dev', messageId: 'home' },
  ],
});
// A Git Bash workspace: its own folders are judged as the workspace's.
runRuleTable(rule, {
  context: { cwd: '/c/work/app', workspaceRoot: '/c/work/app', home: '/c/Users/dev' },
  allow: ['rm -rf /c/work/app/dist', 'rm -rf node_modules', 'rm -rf C:/work/app/build'],
  stop: [
    { command: 'rm -rf ~', messageId: 'home' },
    { command: 'rm -rf /c/Users/dev', messageId: 'home' },
  ],
});
