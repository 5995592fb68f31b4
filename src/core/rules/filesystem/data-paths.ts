// Which paths hold data that git cannot bring back: database files, dumps, backups, data/volume folders, the .git
// folder itself. Shared by the rm, truncate, clobber and find rules of this pack.
import { writtenSegments } from './path-target';

/** Database files, dumps and backups, optionally compressed; SQLite's -wal/-shm/-journal companions hold data too. */
const DATA_FILE = /\.(db|sqlite|sqlite3|db3|sdb|sql|dump|pgdump|bak|backup|rdb|aof|mdb|accdb|ibd|mdf|ldf|frm|realm|duckdb)(\.(gz|bz2|xz|zst|zip|7z|tar|tgz))?$|\.(db|sqlite3?|db3)-(wal|shm|journal)$|(^|[-_.])backup([-_.]|$)/i;

/** Folder names that hold data rather than code. */
const DATA_DIRS = new Set([
  'data', 'db', 'database', 'databases', 'backup', 'backups', 'volumes', 'pgdata', 'postgres-data', 'mysql-data',
  'mongo-data', 'redis-data', 'dumps', 'snapshots',
]);

/** Files that look like data but are caches the OS or a tool rebuilds. */
const NOT_DATA = new Set(['thumbs.db', '.ds_store', 'desktop.ini']);

/** The file name (last segment) of a path word names a database file, dump or backup (`app.db`, `*.sqlite`, `dump.sql.gz`). */
export function isDataFile(word: string): boolean {
  const segments = writtenSegments(word);
  const name = segments[segments.length - 1] ?? '';
  return !NOT_DATA.has(name.toLowerCase()) && DATA_FILE.test(name);
}

/** The data folder named in a path word (`data`, `./backups/2024`, `/var/lib/docker/volumes/x`), if any. */
export function dataFolderIn(word: string): string | undefined {
  return writtenSegments(word).find((s) => DATA_DIRS.has(s.toLowerCase()));
}

/** The path word names the repository's history: `.git`, `.git/`, `.git/*`, `.git/objects`, `.git/refs`. */
export function isGitHistory(word: string): boolean {
  const segments = writtenSegments(word);
  const at = segments.lastIndexOf('.git');
  if (at < 0) return false;
  const [next, after] = segments.slice(at + 1);
  if (next === undefined || /^[*?[{]/.test(next)) return true;
  return ['objects', 'refs', 'logs'].includes(next) && (after === undefined || /^[*?[{]/.test(after));
}
