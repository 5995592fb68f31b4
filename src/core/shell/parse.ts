// Parses a shell command line into every simple command that would run, the way POSIX sh / bash reads it, with
// wrappers unwrapped (see expand.ts). Never throws: anything that keeps the reading from being complete is reported
// in `problems`, alongside whatever commands were read.
import { ParseContext } from './context';
import { expandSource } from './expand';
import type { ParsedLine, ParseLimits } from './types';
import { DEFAULT_PARSE_LIMITS } from './types';

export function parseCommandLine(source: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedLine {
  const ctx = new ParseContext(limits);
  let text = source;
  if (text.length > limits.maxLength) {
    ctx.problem('too-long', `the command is longer than ${limits.maxLength} characters`);
    text = text.slice(0, limits.maxLength);
  }
  try {
    expandSource(text, ctx);
  } catch (error) {
    // A parser bug or a stack overflow must not let a command through unread.
    ctx.problem('syntax', `the command could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return { source, commands: ctx.commands, problems: ctx.problems };
}
