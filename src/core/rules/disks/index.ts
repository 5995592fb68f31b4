// The disks pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as eraseDevice } from './erase-device';
import { rule as formatFilesystem } from './format-filesystem';
import { rule as partitionTable } from './partition-table';
import { rule as rawDeviceWrite } from './raw-device-write';
import { rule as windowsClearDisk } from './windows-clear-disk';
import { rule as windowsFormatVolume } from './windows-format-volume';

export const rules: readonly Rule[] = [eraseDevice, formatFilesystem, partitionTable, rawDeviceWrite, windowsClearDisk, windowsFormatVolume];
