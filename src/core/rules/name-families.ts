// Families of command names a list cannot spell (python3.12, perl5.36, docker-credential-pass), for a rule's
// `alsoWhen.names`. Rules name a family rather than pass a function, so the rule index can be built from the rules'
// declarations alone (rules/manifest.ts), and a rule pack is loaded only when one of its rules can apply.
import { mayBeInterpreter } from '../shell/interpreters';
import { takesCodeInWords } from './remote-code/code-runners';

const POWERSHELL = /^(iex|invoke-expression|pwsh|powershell|powershell\.exe|pwsh\.exe)$/;

export const NAME_FAMILIES = {
  /** Interpreters by name, versions included: python3.12, perl5.36, node, ruby, php, lua, osascript (a cheap prefix test). */
  interpreter: mayBeInterpreter,
  /** Programs that run code written in their words or fed on stdin: eval, source, shells, deno, interpreters. */
  'code-runner': takesCodeInWords,
  /** PowerShell and its expression runners: pwsh, powershell(.exe), iex, invoke-expression. */
  powershell: (name: string): boolean => POWERSHELL.test(name),
  /** Docker's credential helpers, which print stored registry passwords: docker-credential-pass, -osxkeychain, … */
  'docker-credential-helper': (name: string): boolean => name.startsWith('docker-credential-'),
} as const satisfies Record<string, (name: string) => boolean>;

export type NameFamily = keyof typeof NAME_FAMILIES;

/** True when `name` belongs to one of `families`. */
export function inNameFamilies(families: readonly NameFamily[], name: string): boolean {
  for (const family of families) if (NAME_FAMILIES[family](name)) return true;
  return false;
}
