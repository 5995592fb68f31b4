import { rule } from '../../../../src/core/rules/system/fork-bomb';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'greet(){ echo hi; }; greet',
    'f(){ f_helper | grep x; }; f',
    'f(){ f_helper & }; f',
    // Defined but never called: nothing runs.
    ':(){ :|:& }',
    'bomb(){ bomb|bomb& }; echo bomb',
    // Called before it is defined: the shell finds no such command.
    'f; f(){ f|f& }',
    // Plain recursion runs in the same shell, one call at a time.
    'countdown(){ [ "$1" -gt 0 ] && countdown $(( $1 - 1 )); }; countdown 3',
    'build(){ make "$@" | tee build.log; }; build all',
    'serve(){ npm start & }; serve',
    'echo ":(){ :|:& };:"',
    "grep -n ':(){' notes.md",
  ],
  stop: [
    { command: ':(){ :|:& };:', messageId: 'forkBomb', severity: 'catastrophic' },
    { command: ':(){ :|: & };:', messageId: 'forkBomb' },
    { command: ':() { : | : & }; :', messageId: 'forkBomb' },
    { command: 'bomb(){ bomb|bomb& }; bomb', messageId: 'forkBomb' },
    { command: 'function f { f | f & }; f', messageId: 'forkBomb' },
    { command: 'function f() { f|f & } ; f', messageId: 'forkBomb' },
    { command: 'f(){ f & f; }; f', messageId: 'forkBomb' },
    { command: 'f(){ f | f; }; f', messageId: 'forkBomb' },
    { command: 'f()\n{\n  f | f &\n}\nf', messageId: 'forkBomb' },
    { command: 'f(){ (f) & f; }; f', messageId: 'forkBomb' },
    { command: "bash -c ':(){ :|:& };:'", messageId: 'forkBomb' },
    { command: "sudo sh -c 'b(){ b|b& }; b'", messageId: 'forkBomb' },
    { command: 'X=f; f(){ f|f& }; $X', messageId: 'forkBomb' },
  ],
});
