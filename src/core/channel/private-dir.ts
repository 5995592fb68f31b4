// The per-user directory that holds discovery files (and so the secrets): created 0700, and refused when it belongs to
// someone else or others can write to it (a planted record could send our hooks to another user's listener).
import * as fs from 'node:fs';

export class UnsafeChannelDirectory extends Error {}

function currentUid(): number | undefined {
  return typeof process.getuid === 'function' ? process.getuid() : undefined;
}

/** Throws UnsafeChannelDirectory when `dir` exists but is not a private directory of this user. */
export function checkPrivateDirectory(dir: string): void {
  const st = fs.lstatSync(dir);
  if (st.isSymbolicLink() || !st.isDirectory()) throw new UnsafeChannelDirectory(`${dir} is not a plain directory.`);
  const uid = currentUid();
  if (uid !== undefined && st.uid !== uid) throw new UnsafeChannelDirectory(`${dir} belongs to another user (uid ${st.uid}).`);
  if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) throw new UnsafeChannelDirectory(`${dir} can be read or written by other users (mode ${(st.mode & 0o777).toString(8)}).`);
}

/** Creates `dir` (0700) when missing, tightens it when it is ours but too open, and checks it. */
export function ensurePrivateDirectory(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.lstatSync(dir);
  const uid = currentUid();
  if (process.platform !== 'win32' && st.isDirectory() && !st.isSymbolicLink() && (uid === undefined || st.uid === uid) && (st.mode & 0o077) !== 0) {
    fs.chmodSync(dir, 0o700);
  }
  checkPrivateDirectory(dir);
}

/** Writes `text` to `file` with mode 0600, atomically (temp file + rename), so readers never see half a record. */
export function writePrivateFile(file: string, text: string): void {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temp, text, { mode: 0o600, flag: 'wx' });
  fs.renameSync(temp, file);
}
