// The registry of all rule packs. Packs are listed explicitly (no directory scanning) so bundles stay static.
import type { Rule } from './types';
import { rules as filesystem } from './filesystem';
import { rules as git } from './git';
import { rules as sql } from './sql';
import { rules as orm } from './orm';
import { rules as iac } from './iac';
import { rules as kubernetes } from './kubernetes';
import { rules as cloud } from './cloud';
import { rules as paas } from './paas';
import { rules as http } from './http';
import { rules as containers } from './containers';
import { rules as disks } from './disks';
import { rules as system } from './system';
import { rules as hosting } from './hosting';
import { rules as registries } from './registries';
import { rules as remoteCode } from './remote-code';
import { rules as interpreters } from './interpreters';
import { rules as credentialAccess } from './credential-access';

/** Pack names, in the order they are listed in docs. */
export const PACKS = ["filesystem", "git", "sql", "orm", "iac", "kubernetes", "cloud", "paas", "http", "containers", "disks", "system", "hosting", "registries", "remote-code", "interpreters", "credential-access"] as const;

/** Every built-in rule, sorted by id. */
export const ALL_RULES: readonly Rule[] = [...filesystem, ...git, ...sql, ...orm, ...iac, ...kubernetes, ...cloud, ...paas, ...http, ...containers, ...disks, ...system, ...hosting, ...registries, ...remoteCode, ...interpreters, ...credentialAccess].sort((a, b) =>
  a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0,
);

const byId = new Map(ALL_RULES.map((r) => [r.meta.id, r] as const));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
