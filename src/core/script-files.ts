// Reads the files a command line runs as programs, for RuleContext.readFile (see scripts.ts): regular files only (a
// named pipe or a device would block or never end), the first 256 KB (the engine reports a longer script as too long to
// check whole), and no binaries (a compiled program holds no commands to read). Used by the CLI, the agent hooks and
// the editor; the engine itself does no I/O.
import * as fs from 'node:fs';
import { MAX_SCRIPT_LENGTH } from './scripts';

const MAX_SCRIPT_BYTES = MAX_SCRIPT_LENGTH;

export function readScriptFile(absolutePath: string): string | undefined {
  let fd: number | undefined;
  try {
    if (!fs.statSync(absolutePath).isFile()) return undefined;
    fd = fs.openSync(absolutePath, 'r');
    const buffer = Buffer.allocUnsafe(MAX_SCRIPT_BYTES);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = fs.readSync(fd, buffer, length, buffer.length - length, null);
    const bytes = buffer.subarray(0, length);
    if (bytes.subarray(0, 8192).includes(0)) return undefined;
    return bytes.toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
