// interpreters/inline-delete: inline interpreter code that deletes files or folders — shutil.rmtree, os.remove/unlink,
// pathlib unlink/rmdir, fs.rmSync/rm/unlinkSync, rimraf, fs-extra remove, perl unlink/rmtree/remove_tree,
// FileUtils.rm_rf/File.delete, php unlink/rmdir. Build output and caches (`shutil.rmtree('dist')`) are everyday cleanup.
import { classifyPathTarget, isDisposable, isMachineWide } from '../filesystem/path-target';
import type { RuleContext, RuleMatch, Rule, Severity } from '../types';
import { blankStrings, callArgumentSpan, firstArgument, plainLiteral, readInlineProgram } from './inline-program';

const DELETE_CALL = new RegExp(
  '(?<![\\w$])(' +
    [
      '(?:shutil\\.)?rmtree', 'remove_tree', 'os\\.(?:removedirs|remove|unlink|rmdir)',
      '(?:fs|fsp|fse|fsExtra|promises)\\.(?:rmdir|rm|unlink|remove|emptyDir)(?:Sync)?',
      'rmSync', 'rmdirSync', 'unlinkSync', 'removeSync', 'emptyDirSync', 'rimraf(?:\\.sync|Sync)?',
      'FileUtils\\.(?:rm_rf|rm_r|rm_f|remove_entry_secure|remove_entry|remove_dir|rmtree|rmdir|remove|rm)',
      'File\\.(?:delete|unlink)', 'Dir\\.(?:rmdir|delete|unlink)', 'Deno\\.remove(?:Sync)?', 'unlink', 'rmdir',
    ].join('|') +
    ')(?![\\w$])',
  'g',
);
/** `require('fs').rmSync(…)`: the module name is a string, so this one is read on the original code. */
const REQUIRED_FS_CALL = /require\(\s*['"](?:node:)?fs(?:\/promises|-extra)?['"]\s*\)\s*\.\s*((?:rm|rmdir|unlink|remove|emptyDir)(?:Sync)?)(?![\w$])|require\(\s*['"](rimraf|del)['"]\s*\)(?:\s*\.\s*(?:sync|rimrafSync|deleteSync))?(?=\s*\()/g;
/** Arguments that mean the home folder or the root. */
const HOME_EXPRESSION = /expanduser\(\s*['"]~['"]\s*\)|Path\.home\(\)|os\.homedir\(\)|Dir\.home|environ\[\s*['"]HOME['"]\s*\]|getenv\(\s*['"]HOME['"]\s*\)|ENV\[\s*['"]HOME['"]\s*\]|\$ENV\{HOME\}|process\.env\.HOME/;

interface Deletion {
  call: string;
  /** The path as written, or undefined when the code computes it. */
  target?: string;
}

function deletionsIn(code: string, blanked: string): Deletion[] {
  const found: Deletion[] = [];
  const add = (call: string, start: number, end: number) => {
    const span = callArgumentSpan(blanked, end);
    let arg: string;
    if (span) arg = firstArgument(code, blanked, span);
    else {
      // perl `unlink "x", "y";`, ruby `FileUtils.rm_rf 'x'`: arguments without parentheses run to the end of the statement.
      const stop = blanked.slice(end).search(/[;\n]/);
      arg = code.slice(end, stop < 0 ? code.length : end + stop).trim().split(/\s*,\s*/)[0] ?? '';
    }
    if (HOME_EXPRESSION.test(arg)) {
      found.push({ call, target: '~' });
      return;
    }
    let literal = plainLiteral(arg)?.value;
    if (arg === '' || arg.startsWith('.')) {
      // `Path('dist').unlink()`, `Pathname.new('tmp').rmtree`: the path is written before the call.
      const statementStart = Math.max(blanked.lastIndexOf(';', start), blanked.lastIndexOf('\n', start)) + 1;
      const before = code.slice(statementStart, start);
      if (HOME_EXPRESSION.test(before)) {
        found.push({ call, target: '~' });
        return;
      }
      const literals = [...before.matchAll(/(['"])([^'"]*)\1/g)];
      literal = literals.length > 0 ? literals[literals.length - 1][2] : undefined;
    }
    found.push({ call, target: literal });
  };
  // exec in a loop, not matchAll: V8's matchAll costs about a microsecond a call, exec a tenth of that.
  DELETE_CALL.lastIndex = 0;
  for (let m = DELETE_CALL.exec(blanked); m; m = DELETE_CALL.exec(blanked)) add(m[1], m.index, m.index + m[0].length);
  REQUIRED_FS_CALL.lastIndex = 0;
  for (let m = REQUIRED_FS_CALL.exec(code); m; m = REQUIRED_FS_CALL.exec(code)) add(m[1] ?? m[2], m.index, m.index + m[0].length);
  return found;
}

export const rule: Rule = {
  meta: {
    id: 'interpreters/inline-delete',
    title: 'Inline script that deletes files',
    severity: 'destructive',
    category: 'destructive',
    why: 'A one-line script deletes files directly, without the trash and without the checks a shell rm gets; what it removes is gone.',
    saferAlternative: 'Delete with a plain rm of the exact paths (so it can be reviewed), or move them to a backup folder first.',
    messages: {
      delete: 'This {{via}} code calls {{call}} on {{target}}.',
      deleteMachine: 'This {{via}} code calls {{call}} on {{target}}: that is the whole home folder or the system.',
    },
  },
  alsoWhen: { names: ['interpreter'] },
  match(command, context: RuleContext): RuleMatch | null {
    const program = readInlineProgram(command);
    if (!program) return null;
    const blanked = blankStrings(program.code, program.language);
    let best: RuleMatch | null = null;
    for (const deletion of deletionsIn(program.code, blanked)) {
      const data = { via: program.via, call: deletion.call, target: deletion.target ?? 'a path worked out when the code runs' };
      if (deletion.target === undefined) {
        best = best ?? { messageId: 'delete', data };
        continue;
      }
      const target = classifyPathTarget(deletion.target, context);
      if (isMachineWide(target)) return { messageId: 'deleteMachine', data, severity: 'catastrophic' as Severity };
      if (isDisposable(target)) continue;
      best = best ?? { messageId: 'delete', data };
    }
    return best;
  },
};
