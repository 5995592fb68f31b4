// "A command that names production is production": finds words in a command that point it at a production system,
// whatever the workspace is marked. In the incident, a staging task reached production through a token and an id.
import type { SimpleCommand } from './shell/types';

/** `prod`, `production`, `prd` as a whole token inside a larger word (`prod-db`, `api.production.io`, `eks-prod`). */
const PROD_TOKEN = /(^|[^a-z0-9])(prod|production|prd)([^a-z0-9]|$)/i;

/** Flags whose value names an environment, context, profile, stage, host or project. */
const TARGET_FLAGS = new Set([
  '--context', '--kube-context', '--kubecontext', '-n', '--namespace', '--env', '-e', '--environment', '--profile',
  '--stage', '-s', '--app', '-a', '--project', '--stack', '-h', '--host', '--hostname', '--db-host', '--cluster',
  '--region-profile', '--service', '--target', '--workspace', '-w', '--org', '--scope', '--site', '--config-name',
  '--subscription', '--resource-group', '-g', '--database', '-d', '--url', '--db-url', '--database-url', '--var-file',
]);

/** Subcommand words after which the next word names an environment (`railway environment production`). */
const TARGET_SUBCOMMANDS = new Set(['environment', 'env', 'use-context', 'select', 'switch', 'link', 'workspace']);

/** Environment variables whose value names the deployment environment or a connection target. */
const TARGET_VARIABLES = /^(NODE_ENV|RAILS_ENV|RACK_ENV|APP_ENV|FLASK_ENV|DJANGO_ENV|MIX_ENV|ENV|ENVIRONMENT|STAGE|DEPLOY_ENV|RAILWAY_ENVIRONMENT|VERCEL_ENV|AWS_PROFILE|KUBECONTEXT|KUBE_CONTEXT|PGHOST|PGDATABASE|MYSQL_HOST|DATABASE_URL|DB_HOST|REDIS_URL|MONGO_URL|MONGODB_URI|TF_WORKSPACE|PULUMI_STACK|[A-Z_]*_URL)$/;

export interface ProductionEvidence {
  /** The word that names production, as written. */
  word: string;
  /** The simple command it was found in. */
  command: string;
}

function looksLikeTarget(word: string): boolean {
  // Hosts, URLs, connection strings, resource paths: contain a dot, a colon-slash, an @ or a slash.
  return /[.@]|:\/\//.test(word);
}

/** Every test below looks for PROD_TOKEN in an assignment's value or in (part of) a word: most commands have none. */
const PROD_LETTERS = /pro?d/i;

function mentionsProduction(command: SimpleCommand): boolean {
  const { assignments } = command;
  for (let i = 0; i < assignments.length; i++) if (PROD_LETTERS.test(assignments[i].value)) return true;
  for (let i = 1; i < command.argv.length; i++) if (PROD_LETTERS.test(command.argv[i])) return true;
  return false;
}

/** Returns the first word that points this command at production, or null. */
export function findProductionTarget(command: SimpleCommand): ProductionEvidence | null {
  if (!mentionsProduction(command)) return null;
  const hit = (word: string): ProductionEvidence => ({ word, command: command.text });
  for (const { name, value } of command.assignments) {
    if (TARGET_VARIABLES.test(name) && PROD_TOKEN.test(value)) return hit(`${name}=${value}`);
  }
  const argv = command.argv;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    const eq = word.indexOf('=');
    if (word.startsWith('-') && eq > 0) {
      const flag = word.slice(0, eq);
      const value = word.slice(eq + 1);
      if ((TARGET_FLAGS.has(flag) || TARGET_VARIABLES.test(value)) && PROD_TOKEN.test(value)) return hit(word);
      continue;
    }
    const previous = argv[i - 1];
    if ((TARGET_FLAGS.has(previous) || TARGET_SUBCOMMANDS.has(previous)) && PROD_TOKEN.test(word)) return hit(word);
    if (!word.startsWith('-') && looksLikeTarget(word) && PROD_TOKEN.test(word)) return hit(word);
    // `-hprod-db` style short flags glued to their value.
    if (/^-[hn][a-z0-9]/i.test(word) && PROD_TOKEN.test(word.slice(2))) return hit(word);
  }
  return null;
}
