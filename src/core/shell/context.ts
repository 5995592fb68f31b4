// State shared by every nested parse of one command line: limits, problems found, commands emitted so far, and the
// variables the line itself assigned (so `X=rm; $X -rf /` can be read).
import type { ParseLimits, ParseProblem, ParseProblemCode, ShellFunction, SimpleCommand } from './types';

export class ParseContext {
  readonly problems: ParseProblem[] = [];
  readonly commands: SimpleCommand[] = [];
  // Every command line gets a context, and most assign no variable and define no function: the two tables below are
  // made on first use.
  /** Literal values assigned earlier in the line (`X=rm`, `export X=rm`). */
  private vars: Map<string, string> | undefined;
  /** Shell functions defined earlier in the line, by name (so `f(){ …; }; f` knows what `f` runs). */
  private functions: Map<string, ShellFunction> | undefined;
  /** Set when reading must stop at once (nesting past the cap). */
  aborted = false;
  /** Set once the command cap is reached: nothing more is emitted. */
  full = false;
  /** Simple commands read so far; each emits at least one command, so past the cap reading can stop early. */
  private read = 0;

  constructor(readonly limits: ParseLimits) {}

  /** The literal value the line assigned to `name`, if it did. */
  variable(name: string): string | undefined {
    return this.vars?.get(name);
  }

  /** Records `name=value`; `value` undefined when it is not a literal (the variable is then unknown). */
  assign(name: string, value: string | undefined): void {
    if (value !== undefined) (this.vars ??= new Map()).set(name, value);
    else this.vars?.delete(name);
  }

  /** The function of this name the line defined so far, if any. */
  functionNamed(name: string): ShellFunction | undefined {
    return this.functions?.get(name);
  }

  defineFunction(fn: ShellFunction): void {
    (this.functions ??= new Map()).set(fn.name, fn);
  }

  problem(code: ParseProblemCode, message: string): void {
    if (this.problems.some((p) => p.code === code && p.message === message)) return;
    this.problems.push({ code, message });
  }

  /** Records a command; returns false (and notes the problem once) when the command cap is reached. */
  emit(command: SimpleCommand): boolean {
    if (this.commands.length >= this.limits.maxCommands) {
      this.problem('too-many-commands', `the command line holds more than ${this.limits.maxCommands} commands`);
      this.full = true;
      this.aborted = true;
      return false;
    }
    this.commands.push(command);
    return true;
  }

  /** Counts a simple command read by the grammar; stops reading once there are more than the cap allows. */
  countRead(): void {
    if (++this.read <= this.limits.maxCommands) return;
    this.problem('too-many-commands', `the command line holds more than ${this.limits.maxCommands} commands`);
    this.aborted = true;
  }

  /** True (after noting the problem) when nesting `depth` is past the cap. */
  tooDeep(depth: number): boolean {
    if (depth <= this.limits.maxDepth) return false;
    this.problem('too-deep', `commands are nested more than ${this.limits.maxDepth} levels deep`);
    return true;
  }
}
