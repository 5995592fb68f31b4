// sql/destructive-script: a database client running a script file whose name says it drops, resets or wipes
// (`psql -f drop_all.sql`, `mysql db < reset.sql`, `mongosh wipe.js`). The file is not read; its name is the warning.
import { operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import type { Rule } from '../types';
import { MONGO_SHELL_COMMANDS, optionValues, pipedSource, SQL_CLIENT_COMMANDS, sqlInputOf } from './sql-client-input';

/** Words that name a destroying script anywhere in the file name (`drop_all.sql`, `dbreset.sql`, `wipe-data.js`). */
const STRONG = /(drop|wipe|truncate|purge|destroy|teardown|nuke|reset|flush|cleanup)/i;
/** Words that name one only as a whole word (`001_down.sql`, but not `download.sql`). */
const WHOLE = /(^|[^a-z])(down|undo|rollback|revert|delete|clean|clear|remove)([^a-z]|$)/i;

export function looksLikeDestructiveScript(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? path;
  return STRONG.test(base) || WHOLE.test(base);
}

function scriptsOf(command: SimpleCommand): { client: string; scripts: string[] } | null {
  const input = sqlInputOf(command);
  if (input) return { client: input.client, scripts: input.scripts };
  if (command.name === 'mongosh' || command.name === 'mongo') {
    const scripts = operands(command.argv, ['--eval', '--host', '--port', '-u', '--username', '-p', '--password', '--authenticationDatabase', '--file', '-f'])
      .filter((w) => /\.js$/i.test(w));
    scripts.push(...optionValues(command.argv, ['--file', '-f'], 'fup'), ...pipedSource(command).files);
    for (const r of command.redirects) if (r.op === '<') scripts.push(r.target);
    return { client: command.name, scripts };
  }
  return null;
}

export const rule: Rule = {
  meta: {
    id: 'sql/destructive-script',
    title: 'Destructive-looking database script',
    severity: 'destructive',
    category: 'destructive',
    why: 'The script is named like one that drops, resets or wipes data, and running it against a real database deletes that data.',
    saferAlternative: 'Read the script first, check which database the connection points at, and take a dump before running it.',
    messages: {
      script: '{{client}} would run the script {{script}}, whose name says it drops, resets or wipes data.',
    },
  },
  commands: [...SQL_CLIENT_COMMANDS, ...MONGO_SHELL_COMMANDS],
  match(command) {
    const found = scriptsOf(command);
    const script = found?.scripts.find(looksLikeDestructiveScript);
    if (!found || !script) return null;
    return { messageId: 'script', data: { client: found.client, script } };
  },
};
