// The remote-code pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as obfuscatedToShell } from './obfuscated-to-shell';
import { rule as pipeToShell } from './pipe-to-shell';
import { rule as runDownloadedScript } from './run-downloaded-script';
import { rule as shellFromDownload } from './shell-from-download';

export const rules: readonly Rule[] = [obfuscatedToShell, pipeToShell, runDownloadedScript, shellFromDownload];
