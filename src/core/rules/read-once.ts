// Several rules of a pack read the same command the same way (readGit, readKubectl, readRm, …). A reader wrapped here
// reads each SimpleCommand once and hands every rule the same result, so rules must treat it as read-only.
import type { SimpleCommand } from '../shell/types';

/**
 * `read`, remembered for the last command it was given. The engine runs every rule on one command before the next, so
 * one remembered command catches every repeat (and is cheaper than a WeakMap); it keeps that one command alive.
 * When `names` is given, other commands get null at once: `read` must return null for them too.
 */
export function readOnce<T extends object>(read: (command: SimpleCommand) => T | null, names?: readonly string[]): (command: SimpleCommand) => T | null {
  const only = names && new Set(names);
  let last: SimpleCommand | undefined;
  let lastValue: T | null = null;
  return (command) => {
    // A repeat (the next rule of the family on the same command) is answered before the name is looked up: the
    // remembered command passed that test already.
    if (command === last) return lastValue;
    if (only && !only.has(command.name)) return null;
    lastValue = read(command);
    last = command;
    return lastValue;
  };
}
