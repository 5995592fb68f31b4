// interpreters/inline-shell-out: inline interpreter code that runs a shell command built at run time
// (`os.system('rm -rf ' + d)`, `subprocess.run(f"… {x}", shell=True)`, `execSync(\`rm ${p}\`)`, perl `system("rm $f")`,
// ruby backticks with `#{}`), so nobody can read which command will run. Commands written out literally are pulled
// out by the parser and judged by the other rules instead.
import type { Rule, RuleMatch } from '../types';
import type { Language } from './inline-program';
import { blankStrings, callArgumentSpan, firstArgument, interpolates, plainLiteral, readInlineProgram } from './inline-program';

const SHELL_CALLS: Record<Language, RegExp> = {
  python: /(?<![\w$])(os\.(?:system|popen|exec[lv]p?e?|spawn[lv]p?e?)|subprocess\.(?:run|call|Popen|check_output|check_call|getoutput|getstatusoutput)|(?:commands|pty)\.(?:getoutput|spawn))(?![\w$])/g,
  javascript: /(?:(?<=\)\s*\.\s*)|(?<=(?<![\w$])(?:child_process|cp|childProcess)\.)|(?<![\w$.]))(execSync|exec|spawnSync|spawn|execFileSync|execFile)(?![\w$])/g,
  perl: /(?<![\w$])(system|exec|readpipe)(?![\w$])/g,
  ruby: /(?<![\w$])(system|exec|spawn|IO\.popen|Open3\.(?:capture2e?|capture3|popen3?|pipeline))(?![\w$])/g,
  php: /(?<![\w$])(shell_exec|exec|system|passthru|popen|proc_open)(?![\w$])/g,
};

/** True when the argument is written out: one literal without interpolation, or a list of such literals. */
function isReadable(arg: string, language: Language): boolean {
  const literal = plainLiteral(arg);
  if (literal) return !interpolates(literal, language);
  const list = /^\[([\s\S]*)\]$/.exec(arg.trim());
  if (!list) return false;
  const items = list[1].split(',').map((s) => s.trim()).filter(Boolean);
  return items.length > 0 && items.every((item) => {
    const l = plainLiteral(item);
    return l !== undefined && !interpolates(l, language);
  });
}

export const rule: Rule = {
  meta: {
    id: 'interpreters/inline-shell-out',
    title: 'Inline script running a computed shell command',
    severity: 'caution',
    category: 'destructive',
    why: 'The script builds a shell command while it runs, so neither you nor the guard can see which command it will run.',
    saferAlternative: 'Run the shell command directly, written out in full, so it can be read before it runs.',
    messages: {
      dynamic: 'This {{via}} code passes a command built at run time to {{call}}.',
    },
  },
  alsoWhen: { names: ['interpreter'] },
  match(command): RuleMatch | null {
    const program = readInlineProgram(command);
    if (!program) return null;
    const { code, language } = program;
    // In JavaScript, exec/spawn only mean a shell with child_process around (`/x/.exec(s)` is a regex).
    if (language === 'javascript' && !/child_process|\bexeca\b/.test(code)) return null;
    const blanked = blankStrings(code, language);
    const calls = SHELL_CALLS[language];
    // exec in a loop, not matchAll: V8's matchAll costs about a microsecond a call, exec a tenth of that.
    calls.lastIndex = 0;
    for (let m = calls.exec(blanked); m; m = calls.exec(blanked)) {
      const end = m.index! + m[0].length;
      const span = callArgumentSpan(blanked, end);
      let arg: string;
      if (span) arg = firstArgument(code, blanked, span);
      else if (language === 'perl' || language === 'ruby') {
        const stop = blanked.slice(end).search(/[;\n]/);
        arg = code.slice(end, stop < 0 ? code.length : end + stop).trim();
      } else continue;
      if (!isReadable(arg, language)) return { messageId: 'dynamic', data: { via: program.via, call: m[1] ?? m[0] } };
    }
    // perl / ruby / php backticks and qx{} / %x{} with interpolation.
    if (language !== 'python' && language !== 'javascript') {
      const backticks = /`([^`]*)`|\b(?:qx|%x)\s*(?:\{([^}]*)\}|\(([^)]*)\))/g;
      for (let m = backticks.exec(code); m; m = backticks.exec(code)) {
        const body = m[1] ?? m[2] ?? m[3] ?? '';
        if (/[$@][A-Za-z_{]|#\{/.test(body)) return { messageId: 'dynamic', data: { via: program.via, call: 'backticks' } };
      }
    }
    return null;
  },
};
