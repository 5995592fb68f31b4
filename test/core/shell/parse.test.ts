// The shell grammar: words, quoting, operators, compound commands, substitutions, assignments, redirects, heredocs.
import { describe } from 'node:test';
import { runCases, type ParseCase } from './cases';

const words: ParseCase[] = [
  { line: 'rm -rf /', commands: [{ argv: ['rm', '-rf', '/'], text: 'rm -rf /' }] },
  { line: "  git   commit -m 'fix: it works'  ", commands: [{ argv: ['git', 'commit', '-m', 'fix: it works'] }] },
  { line: "r''m -rf x", commands: [{ argv: ['rm', '-rf', 'x'] }] },
  // Names are lower-cased: case-insensitive file systems (macOS, Windows) run psql for PSQL.
  { line: 'PSQL -c "DROP TABLE x"', commands: [{ argv: ['PSQL', '-c', 'DROP TABLE x'], name: 'psql' }] },
  { line: 'SUDO /BIN/RM -rf /', commands: [{ argv: ['/BIN/RM', '-rf', '/'], name: 'rm', via: ['sudo'] }] },
  { line: '"r"m -rf x', commands: [{ argv: ['rm', '-rf', 'x'] }] },
  { line: '\\rm -rf x', commands: [{ argv: ['rm', '-rf', 'x'] }] },
  { line: "$'\\x72m' -rf x", commands: [{ argv: ['rm', '-rf', 'x'] }] },
  { line: "$'\\162\\155' -rf x", commands: [{ argv: ['rm', '-rf', 'x'] }] },
  { line: "$'\\u0072m' x", commands: [{ argv: ['rm', 'x'] }] },
  { line: "echo $'a\\'b\\nc'", commands: [{ argv: ['echo', "a'b\nc"] }] },
  { line: '$"rm" x', commands: [{ argv: ['rm', 'x'] }] },
  { line: '/usr/bin/rm -rf /tmp/x', commands: [{ argv: ['/usr/bin/rm', '-rf', '/tmp/x'], name: 'rm' }] },
  { line: './node_modules/.bin/prisma migrate reset', commands: [{ argv: ['./node_modules/.bin/prisma', 'migrate', 'reset'], name: 'prisma' }] },
  { line: 'rm \u2013rf x', commands: [{ argv: ['rm', '\u2013rf', 'x'] }] },
  { line: '\u2014rm x', commands: [{ argv: ['\u2014rm', 'x'], name: '-rm' }] },
  { line: 'echo "a \\"b\\" \\$HOME \\x"', commands: [{ argv: ['echo', 'a "b" $HOME \\x'] }] },
  { line: 'echo "$HOME" ${USER} $1 $@', commands: [{ argv: ['echo', '$HOME', '${USER}', '$1', '$@'] }] },
  { line: 'echo a\\\nb', commands: [{ argv: ['echo', 'ab'] }] },
  { line: 'rm -rf \\\n  /tmp/x', commands: [{ argv: ['rm', '-rf', '/tmp/x'] }] },
  { line: 'echo "line\\\ncontinued"', commands: [{ argv: ['echo', 'linecontinued'] }] },
  { line: "echo 'a\\nb'", commands: [{ argv: ['echo', 'a\\nb'] }] },
  { line: 'echo \'\' ""', commands: [{ argv: ['echo', '', ''] }] },
  { line: 'git commit -m "x" # rm -rf /', commands: [{ argv: ['git', 'commit', '-m', 'x'] }] },
  { line: '# only a comment', commands: [] },
  { line: 'echo a#b', commands: [{ argv: ['echo', 'a#b'] }] },
  { line: 'echo ~/x {a,b} *.txt', commands: [{ argv: ['echo', '~/x', '{a,b}', '*.txt'] }] },
  { line: 'echo $((1 + 2)) $[3]', commands: [{ argv: ['echo', '$((1 + 2))', '$[3]'] }] },
  { line: 'echo ${x:-"a b"}', commands: [{ argv: ['echo', '${x:-"a b"}'] }] },
  { line: 'rm -rf x\r\n', commands: [{ argv: ['rm', '-rf', 'x'] }] },
  { line: '', commands: [] },
  { line: '   \n\n ', commands: [] },
];

const lists: ParseCase[] = [
  {
    line: 'env | grep -c PATH | cat; printenv',
    commands: [{ argv: ['env'], pipelineAfter: ['grep', 'cat'] }, { argv: ['grep', '-c', 'PATH'], pipelineAfter: ['cat'] }, { argv: ['cat'], pipelineAfter: null }, { argv: ['printenv'], pipelineAfter: null }],
  },
  {
    line: '(env; ls) | wc -l',
    commands: [{ argv: ['env'], pipelineAfter: ['wc'] }, { argv: ['ls'], pipelineAfter: ['wc'] }, { argv: ['wc', '-l'], pipelineBefore: ['env', 'ls'], pipelineAfter: null }],
  },
  { line: 'sudo env | wc -l', commands: [{ argv: ['env'], via: ['sudo'], pipelineAfter: ['wc'] }, { argv: ['wc', '-l'] }] },
  { line: 'a; b && c || d & e', commands: [{ argv: ['a'], background: false }, { argv: ['b'] }, { argv: ['c'] }, { argv: ['d'], background: true }, { argv: ['e'], background: false }] },
  {
    line: 'a | b & { c; d; } &\ne && f &',
    commands: [{ argv: ['a'], background: true }, { argv: ['b'], background: true }, { argv: ['c'], background: true }, { argv: ['d'], background: true }, { argv: ['e'], background: false }, { argv: ['f'], background: true }],
  },
  { line: 'nohup npm start > log 2>&1 &', commands: [{ argv: ['npm', 'start'], via: ['nohup'], background: true }] },
  { line: 'a\nb\n\nc', commands: [{ argv: ['a'] }, { argv: ['b'] }, { argv: ['c'] }] },
  { line: 'a &&\n b', commands: [{ argv: ['a'] }, { argv: ['b'] }] },
  { line: 'a;b&&c', commands: [{ argv: ['a'] }, { argv: ['b'] }, { argv: ['c'] }] },
  {
    line: 'cat x | grep y | rm -rf z',
    commands: [
      { argv: ['cat', 'x'], pipelineBefore: [] },
      { argv: ['grep', 'y'], pipelineBefore: ['cat'] },
      { argv: ['rm', '-rf', 'z'], pipelineBefore: ['cat', 'grep'] },
    ],
  },
  { line: 'a |& b', commands: [{ argv: ['a'] }, { argv: ['b'], pipelineBefore: ['a'] }] },
  { line: 'a |\n b', commands: [{ argv: ['a'] }, { argv: ['b'], pipelineBefore: ['a'] }] },
  { line: 'a | b; c', commands: [{ argv: ['a'] }, { argv: ['b'], pipelineBefore: ['a'] }, { argv: ['c'], pipelineBefore: [] }] },
  { line: '! rm x', commands: [{ argv: ['rm', 'x'] }] },
];

const compound: ParseCase[] = [
  { line: '(cd /tmp && rm -rf x)', commands: [{ argv: ['cd', '/tmp'] }, { argv: ['rm', '-rf', 'x'] }] },
  { line: '{ rm a; rm b; } > log 2>&1', commands: [{ argv: ['rm', 'a'] }, { argv: ['rm', 'b'] }] },
  { line: '( (rm x) )', commands: [{ argv: ['rm', 'x'] }] },
  { line: 'if test -f x; then rm x; elif true; then echo; else rm y; fi', commands: [{ argv: ['test', '-f', 'x'] }, { argv: ['rm', 'x'] }, { argv: ['true'] }, { argv: ['echo'] }, { argv: ['rm', 'y'] }] },
  { line: 'while read f; do rm "$f"; done < list.txt', commands: [{ argv: ['read', 'f'] }, { argv: ['rm', '$f'] }] },
  { line: 'until false; do sleep 1; done', commands: [{ argv: ['false'] }, { argv: ['sleep', '1'] }] },
  { line: 'for f in *.log; do rm "$f"; done', commands: [{ argv: ['rm', '$f'] }] },
  { line: 'for f in $(ls /tmp); do rm -rf "/tmp/$f"; done', commands: [{ argv: ['ls', '/tmp'], via: ['$()'] }, { argv: ['rm', '-rf', '/tmp/$f'] }] },
  { line: 'for ((i=0; i<3; i++)); do echo $i; done', commands: [{ argv: ['echo', '$i'] }] },
  { line: 'for x\ndo\n  rm $x\ndone', commands: [{ argv: ['rm', '$x'] }] },
  { line: 'case "$1" in start|go) systemctl start x;; stop) rm -rf /var/x;; *) echo no;; esac', commands: [{ argv: ['systemctl', 'start', 'x'] }, { argv: ['rm', '-rf', '/var/x'] }, { argv: ['echo', 'no'] }] },
  { line: 'case $x in (a) rm a ;; esac; echo after', commands: [{ argv: ['rm', 'a'] }, { argv: ['echo', 'after'] }] },
  // A function's body is read where it is defined; a later call of its name knows the definition.
  { line: 'cleanup() { rm -rf /tmp/x; }; cleanup', commands: [{ argv: ['rm', '-rf', '/tmp/x'], calls: null }, { argv: ['cleanup'], calls: { name: 'cleanup', body: [['rm', '-rf', '/tmp/x']] } }] },
  { line: 'function cleanup { rm -rf /tmp/x; }', commands: [{ argv: ['rm', '-rf', '/tmp/x'] }] },
  {
    line: ':(){ :|:& };:',
    commands: [
      { argv: [':'], background: true, pipelineAfter: [':'], calls: null },
      { argv: [':'], background: true, pipelineBefore: [':'], calls: null },
      { argv: [':'], background: false, calls: { name: ':', body: [[':'], [':']] } },
    ],
  },
  { line: 'function f() { g | f & }; f x', commands: [{ argv: ['g'] }, { argv: ['f'], background: true, calls: null }, { argv: ['f', 'x'], calls: { name: 'f', body: [['g'], ['f']] } }] },
  { line: 'function f ( ) ( rm a ); f', commands: [{ argv: ['rm', 'a'] }, { argv: ['f'], calls: { name: 'f', body: [['rm', 'a']] } }] },
  { line: 'f; f() { rm a; }; F; /bin/f; "f"', commands: [{ argv: ['f'], calls: null }, { argv: ['rm', 'a'] }, { argv: ['F'], name: 'f', calls: null }, { argv: ['/bin/f'], calls: null }, { argv: ['f'], calls: { name: 'f', body: [['rm', 'a']] } }] },
  // A later definition replaces the earlier; calls in its body see the earlier one.
  {
    line: 'f() { rm a; }; f() { f; rm b; }; f',
    commands: [{ argv: ['rm', 'a'] }, { argv: ['f'], calls: { name: 'f', body: [['rm', 'a']] } }, { argv: ['rm', 'b'] }, { argv: ['f'], calls: { name: 'f', body: [['f'], ['rm', 'b']] } }],
  },
  { line: '[[ -f x && $(rm y) ]] && echo ok', commands: [{ argv: ['rm', 'y'], via: ['$()'] }, { argv: ['echo', 'ok'] }] },
  { line: '(( n > 3 )) && rm z', commands: [{ argv: ['rm', 'z'] }] },
  { line: 'echo done fi then', commands: [{ argv: ['echo', 'done', 'fi', 'then'] }] },
  { line: 'time rm -rf x', commands: [{ argv: ['rm', '-rf', 'x'], via: ['time'] }] },
  { line: 'time (rm x)', commands: [{ argv: ['time'] }, { argv: ['rm', 'x'] }] },
  { line: 'f () { rm x; }', commands: [{ argv: ['rm', 'x'] }] },
  { line: 'x=$(cat <<EOF\nrm -rf /\nEOF\n); echo $x', commands: [{ argv: ['cat'], via: ['$()'], stdinText: 'rm -rf /\n' }, { argv: [], name: '', assignments: { x: '$(cat <<EOF\nrm -rf /\nEOF\n)' } }, { argv: ['echo', '$x'] }] },
  { line: 'coproc rm x; coproc { rm y; }', commands: [{ argv: ['rm', 'x'] }, { argv: ['rm', 'y'] }] },
  { line: '(a) | b', commands: [{ argv: ['a'] }, { argv: ['b'], pipelineBefore: ['a'] }] },
];

const substitutions: ParseCase[] = [
  { line: 'echo $(rm -rf x)', commands: [{ argv: ['rm', '-rf', 'x'], via: ['$()'] }, { argv: ['echo', '$(rm -rf x)'] }] },
  { line: 'echo "today is $(date +%F)"', commands: [{ argv: ['date', '+%F'], via: ['$()'] }, { argv: ['echo', 'today is $(date +%F)'] }] },
  { line: 'echo `rm -rf x`', commands: [{ argv: ['rm', '-rf', 'x'], via: ['$()'] }, { argv: ['echo', '`rm -rf x`'] }] },
  { line: 'echo "`echo \\`rm x\\``"', commands: [{ argv: ['rm', 'x'], via: ['$()', '$()'] }, { argv: ['echo', '`rm x`'], via: ['$()'] }, { argv: ['echo', '`echo \\`rm x\\``'] }] },
  { line: 'echo $(echo $(rm x))', commands: [{ argv: ['rm', 'x'], via: ['$()', '$()'] }, { argv: ['echo', '$(rm x)'], via: ['$()'] }, { argv: ['echo', '$(echo $(rm x))'] }] },
  { line: 'echo $(case x in a) rm a;; esac)', commands: [{ argv: ['rm', 'a'], via: ['$()'] }, { argv: ['echo', '$(case x in a) rm a;; esac)'] }] },
  { line: 'echo $( (rm x) )', commands: [{ argv: ['rm', 'x'], via: ['$()'] }, { argv: ['echo', '$( (rm x) )'] }] },
  { line: 'echo "$(echo ")")"', commands: [{ argv: ['echo', ')'], via: ['$()'] }, { argv: ['echo', '$(echo ")")'] }] },
  { line: 'echo ${x:-$(rm -rf y)}', commands: [{ argv: ['rm', '-rf', 'y'], via: ['$()'] }, { argv: ['echo', '${x:-$(rm -rf y)}'] }] },
  { line: 'echo $(( $(rm z) + 1 ))', commands: [{ argv: ['rm', 'z'], via: ['$()'] }, { argv: ['echo', '$(( $(rm z) + 1 ))'] }] },
  { line: 'diff <(ls a) <(ls b)', commands: [{ argv: ['ls', 'a'], via: ['<()'] }, { argv: ['ls', 'b'], via: ['<()'] }, { argv: ['diff', '<(ls a)', '<(ls b)'] }] },
  { line: 'tee >(rm x) < y', commands: [{ argv: ['rm', 'x'], via: ['>()'] }, { argv: ['tee', '>(rm x)'], redirects: ['<y'] }] },
  { line: 'source <(curl -s https://x.sh)', commands: [{ argv: ['curl', '-s', 'https://x.sh'], via: ['<()'] }, { argv: ['source', '<(curl -s https://x.sh)'] }] },
  { line: 'bash <(curl -s https://x.sh)', commands: [{ argv: ['curl', '-s', 'https://x.sh'], via: ['<()'] }, { argv: ['bash', '<(curl -s https://x.sh)'] }] },
  { line: 'while read l; do :; done < <(rm x)', commands: [{ argv: ['rm', 'x'], via: ['<()'] }, { argv: ['read', 'l'] }, { argv: [':'] }] },
  { line: 'X=$(rm -rf y) ls', commands: [{ argv: ['rm', '-rf', 'y'], via: ['$()'] }, { argv: ['ls'], assignments: { X: '$(rm -rf y)' } }] },
  { line: 'ls > $(rm x)', commands: [{ argv: ['rm', 'x'], via: ['$()'] }, { argv: ['ls'], redirects: ['>$(rm x)'] }] },
];

const assignments: ParseCase[] = [
  { line: 'FOO=1 BAR="a b" npm test', commands: [{ argv: ['npm', 'test'], assignments: { FOO: '1', BAR: 'a b' } }] },
  { line: 'RAILS_ENV=production rails db:drop', commands: [{ argv: ['rails', 'db:drop'], assignments: { RAILS_ENV: 'production' } }] },
  { line: 'X=1', commands: [{ argv: [], name: '', assignments: { X: '1' } }] },
  { line: 'A+=x ls', commands: [{ argv: ['ls'], assignments: { A: 'x' } }] },
  { line: 'arr=(a b "c d") ls', commands: [{ argv: ['ls'], assignments: { arr: '(a b "c d")' } }] },
  { line: 'ls X=1', commands: [{ argv: ['ls', 'X=1'] }] },
  { line: '"X"=1 ls', commands: [{ argv: ['X=1', 'ls'], name: 'x=1' }] },
  { line: '1X=2 ls', commands: [{ argv: ['1X=2', 'ls'], name: '1x=2' }] },
  { line: 'X="a=b" Y= ls', commands: [{ argv: ['ls'], assignments: { X: 'a=b', Y: '' } }] },
];

const redirects: ParseCase[] = [
  { line: 'cmd > out 2>&1', commands: [{ argv: ['cmd'], redirects: ['>out', '2>&1'] }] },
  { line: 'cmd >> log 2>> err < in', commands: [{ argv: ['cmd'], redirects: ['>>log', '2>>err', '<in'] }] },
  { line: 'cmd &> all; cmd &>> all', commands: [{ argv: ['cmd'], redirects: ['&>all'] }, { argv: ['cmd'], redirects: ['&>>all'] }] },
  { line: 'echo x >| file', commands: [{ argv: ['echo', 'x'], redirects: ['>|file'] }] },
  { line: '> db.sqlite', commands: [{ argv: [], name: '', redirects: ['>db.sqlite'] }] },
  { line: 'cmd 3<> f 0<&3 >&2', commands: [{ argv: ['cmd'], redirects: ['3<>f', '0<&3', '>&2'] }] },
  { line: 'echo 2>x a2>y', commands: [{ argv: ['echo', 'a2'], redirects: ['2>x', '>y'] }] },
  { line: '>out echo hi', commands: [{ argv: ['echo', 'hi'], redirects: ['>out'] }] },
  { line: 'cat <<< "DROP TABLE x"', commands: [{ argv: ['cat'], redirects: ['<<<DROP TABLE x'], stdinText: 'DROP TABLE x\n' }] },
  { line: 'echo "a > b" \'c | d\'', commands: [{ argv: ['echo', 'a > b', 'c | d'], redirects: [] }] },
];

const heredocs: ParseCase[] = [
  { line: 'psql <<SQL\nDROP TABLE users;\nSQL', commands: [{ argv: ['psql'], redirects: ['<<SQL'], stdinText: 'DROP TABLE users;\n' }] },
  { line: 'psql <<-SQL\n\tDROP TABLE users;\n\tSQL\necho after', commands: [{ argv: ['psql'], stdinText: 'DROP TABLE users;\n' }, { argv: ['echo', 'after'] }] },
  { line: "cat <<'EOF' > x.sh\nrm -rf $HOME\nEOF", commands: [{ argv: ['cat'], redirects: ['<<EOF', '>x.sh'], stdinText: 'rm -rf $HOME\n' }] },
  { line: 'cat <<"EOF"\n$(rm x)\nEOF', commands: [{ argv: ['cat'], stdinText: '$(rm x)\n' }] },
  { line: 'cat <<EOF\n$(rm x) \\$y\nEOF', commands: [{ argv: ['rm', 'x'], via: ['$()'] }, { argv: ['cat'], stdinText: '$(rm x) $y\n' }] },
  { line: 'cat <<A <<B\na\nA\nb\nB\nls', commands: [{ argv: ['cat'], stdinText: 'b\n' }, { argv: ['ls'] }] },
  { line: 'cat <<EOF | psql\nDROP TABLE t;\nEOF', commands: [{ argv: ['cat'], stdinText: 'DROP TABLE t;\n' }, { argv: ['psql'], pipelineBefore: ['cat'] }] },
  { line: 'mysql <<EOF && rm x\nDROP DATABASE d;\nEOF', commands: [{ argv: ['mysql'], stdinText: 'DROP DATABASE d;\n' }, { argv: ['rm', 'x'] }] },
  { line: 'cat <<EOF\nno end', commands: [{ argv: ['cat'], stdinText: 'no end\n' }], problems: ['unterminated-heredoc'] },
];

describe('shell parser: words and quoting', () => runCases(words));
describe('shell parser: lists and pipelines', () => runCases(lists));
describe('shell parser: compound commands', () => runCases(compound));
describe('shell parser: command and process substitution', () => runCases(substitutions));
describe('shell parser: assignments', () => runCases(assignments));
describe('shell parser: redirects', () => runCases(redirects));
describe('shell parser: heredocs', () => runCases(heredocs));
