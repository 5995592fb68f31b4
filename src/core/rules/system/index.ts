// The system pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as chmodSystemPaths } from './chmod-system-paths';
import { rule as crontabRemove } from './crontab-remove';
import { rule as deleteUser } from './delete-user';
import { rule as firewallFlush } from './firewall-flush';
import { rule as forkBomb } from './fork-bomb';
import { rule as killAllProcesses } from './kill-all-processes';
import { rule as moveSystemPath } from './move-system-path';
import { rule as shutdown } from './shutdown';

export const rules: readonly Rule[] = [chmodSystemPaths, crontabRemove, deleteUser, firewallFlush, forkBomb, killAllProcesses, moveSystemPath, shutdown];
