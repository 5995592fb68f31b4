// The registry of all rule packs. Packs are listed explicitly (no directory scanning) so bundles stay static. Each pack
// is loaded the first time one of its rules is asked for: the engine finds the rules that can apply to a command from
// their declarations (manifest.ts), so a cold start (the CLI, an agent hook) sets up the few packs a command needs.
import type { Rule } from './types';

/** Pack names, in the order they are listed in docs. */
export const PACKS = ['filesystem', 'git', 'sql', 'orm', 'iac', 'kubernetes', 'cloud', 'paas', 'http', 'containers', 'disks', 'system', 'hosting', 'registries', 'remote-code', 'interpreters', 'credential-access'] as const;

export type Pack = (typeof PACKS)[number];

/* eslint-disable @typescript-eslint/no-require-imports */
const LOADERS: Record<Pack, () => readonly Rule[]> = {
  filesystem: () => (require('./filesystem') as typeof import('./filesystem')).rules,
  git: () => (require('./git') as typeof import('./git')).rules,
  sql: () => (require('./sql') as typeof import('./sql')).rules,
  orm: () => (require('./orm') as typeof import('./orm')).rules,
  iac: () => (require('./iac') as typeof import('./iac')).rules,
  kubernetes: () => (require('./kubernetes') as typeof import('./kubernetes')).rules,
  cloud: () => (require('./cloud') as typeof import('./cloud')).rules,
  paas: () => (require('./paas') as typeof import('./paas')).rules,
  http: () => (require('./http') as typeof import('./http')).rules,
  containers: () => (require('./containers') as typeof import('./containers')).rules,
  disks: () => (require('./disks') as typeof import('./disks')).rules,
  system: () => (require('./system') as typeof import('./system')).rules,
  hosting: () => (require('./hosting') as typeof import('./hosting')).rules,
  registries: () => (require('./registries') as typeof import('./registries')).rules,
  'remote-code': () => (require('./remote-code') as typeof import('./remote-code')).rules,
  interpreters: () => (require('./interpreters') as typeof import('./interpreters')).rules,
  'credential-access': () => (require('./credential-access') as typeof import('./credential-access')).rules,
};
/* eslint-enable @typescript-eslint/no-require-imports */

const byId = new Map<string, Rule>();
const loaded = new Set<Pack>();

function isPack(name: string): name is Pack {
  return Object.hasOwn(LOADERS, name);
}

function load(pack: Pack): void {
  if (loaded.has(pack)) return;
  for (const rule of LOADERS[pack]()) byId.set(rule.meta.id, rule);
  loaded.add(pack);
}

/** The built-in rule with this id, loading its pack on first use; undefined when no rule has the id. */
export function getRule(id: string): Rule | undefined {
  const pack = id.slice(0, id.indexOf('/'));
  if (isPack(pack)) load(pack);
  return byId.get(id);
}

let all: readonly Rule[] | undefined;

/** Every built-in rule, sorted by id. Loads every pack: for docs, tests and lists, not for deciding a command. */
export function allRules(): readonly Rule[] {
  if (!all) {
    for (const pack of PACKS) load(pack);
    all = [...byId.values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  }
  return all;
}
