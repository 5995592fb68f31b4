// Loads the labelled command corpus (test/corpus/*.tsv): one `<label>\t<command>` per line, `\n` for newlines.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/repo';

export type Label = 'safe' | 'caution' | 'destructive' | 'catastrophic' | 'credential';
export const LABELS: readonly Label[] = ['safe', 'caution', 'destructive', 'catastrophic', 'credential'];

export interface CorpusEntry {
  label: Label;
  command: string;
  /** `file.tsv:line`, for messages. */
  where: string;
}

/** The corpus folder in the source tree (tests run from out/). */
export function corpusDir(): string {
  return path.join(repoRoot(), 'test', 'corpus');
}

export function loadCorpus(dir = corpusDir()): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tsv') && f !== 'known-misses.tsv').sort()) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const tab = line.indexOf('\t');
      const label = line.slice(0, tab) as Label;
      if (tab < 0 || !LABELS.includes(label)) throw new Error(`${file}:${i + 1}: expected "<label>\\t<command>" with label one of ${LABELS.join(', ')}`);
      entries.push({ label, command: line.slice(tab + 1).replace(/\\n/g, '\n'), where: `${file}:${i + 1}` });
    });
  }
  return entries;
}

/** Commands we knowingly get wrong today: `<label>\t<command>` lines in known-misses.tsv (same escaping). */
export function loadKnownMisses(dir = corpusDir()): Set<string> {
  const file = path.join(dir, 'known-misses.tsv');
  if (!fs.existsSync(file)) return new Set();
  return new Set(
    fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.slice(l.indexOf('\t') + 1).replace(/\\n/g, '\n')),
  );
}
