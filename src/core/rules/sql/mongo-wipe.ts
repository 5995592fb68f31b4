// sql/mongo-wipe: MongoDB shell code that drops a database or collection or empties one:
// `db.dropDatabase()`, `db.x.drop()`, `deleteMany({})`, `remove({})`, `updateMany({}, …)`, via `--eval`, stdin or a pipe.
import type { SimpleCommand } from '../../shell/types';
import type { Rule, RuleMatch } from '../types';
import { MONGO_SHELL_COMMANDS, optionValues, pipedSource } from './sql-client-input';

/** Shell code the mongo shell would run, with `//` and block comments removed. */
function shellCodeOf(command: SimpleCommand): string {
  const texts = [...optionValues(command.argv, ['--eval'], 'fup'), ...pipedSource(command).texts];
  if (command.stdinText) texts.push(command.stdinText);
  return texts.join('\n').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

export const rule: Rule = {
  meta: {
    id: 'sql/mongo-wipe',
    title: 'MongoDB drop or delete-all',
    severity: 'destructive',
    category: 'destructive',
    why: 'These calls delete a whole database, a whole collection or every document in it; MongoDB keeps no undo.',
    saferAlternative: 'Run mongodump first, and give deleteMany/updateMany a filter that names the documents (try it with find() first).',
    messages: {
      dropDatabase: '{{client}} would run db.dropDatabase(): the whole database and all its collections would be deleted.',
      dropCollection: '{{client}} would drop the collection {{target}} and all its documents.',
      deleteAll: '{{client}} would run {{call}} with an empty filter, deleting every document of {{target}}.',
      updateAll: '{{client}} would run updateMany with an empty filter, changing every document of {{target}}.',
    },
  },
  commands: MONGO_SHELL_COMMANDS,
  match(command): RuleMatch | null {
    if (command.name !== 'mongosh' && command.name !== 'mongo') return null;
    const code = shellCodeOf(command);
    if (!code) return null;
    const client = command.name;
    if (/\.\s*dropDatabase\s*\(/.test(code)) return { messageId: 'dropDatabase', data: { client }, severity: 'catastrophic' };
    const collection = (before: string) => /([\w$]+|getCollection\(\s*['"][^'"]*['"]\s*\))\s*$/.exec(before)?.[1] ?? 'the collection';
    const drop = /\.\s*drop\s*\(\s*\)/.exec(code);
    if (drop) return { messageId: 'dropCollection', data: { client, target: collection(code.slice(0, drop.index)) } };
    const all = /\.\s*(deleteMany|remove)\s*\(\s*(\{\s*\})?\s*[,)]/.exec(code);
    if (all) return { messageId: 'deleteAll', data: { client, call: `${all[1]}({})`, target: collection(code.slice(0, all.index)) } };
    const update = /\.\s*updateMany\s*\(\s*\{\s*\}\s*,/.exec(code);
    if (update) return { messageId: 'updateAll', data: { client, target: collection(code.slice(0, update.index)) } };
    return null;
  },
};
