// interpreters/inline-database-drop: inline interpreter code that sends destructive SQL (DROP, TRUNCATE, DELETE or
// UPDATE without WHERE) to a database (`python -c "…cur.execute('DROP TABLE users')"`, `node -e "…query('TRUNCATE …')"`),
// or drops a MongoDB database or collection (`db.dropDatabase()`, `.drop()`, `deleteMany({})`).
import { destructiveSqlOperations, type SqlOperation } from '../sql/sql-statements';
import type { Rule, RuleMatch, Severity } from '../types';
import { readInlineProgram } from './inline-program';

/** Calls that send SQL to a database; without one, SQL text in the code is only printed or stored. */
const RUNS_SQL = /(?<![\w$])(execute|executescript|executemany|exec|query|raw|run|prepare|do|sql|unsafe|\$executeRaw\w*|\$queryRaw\w*|exec_query|select_all)\s*[(`]/;
const MONGO_WIPE = /\.(dropDatabase)\s*\(\s*\)|\.(drop)\s*\(\s*\)|\.(deleteMany|remove)\s*\(\s*\{\s*\}\s*\)/;

const rank = (s: Severity): number => (s === 'catastrophic' ? 3 : s === 'destructive' ? 2 : 1);

export const rule: Rule = {
  meta: {
    id: 'interpreters/inline-database-drop',
    title: 'Inline script that drops database data',
    severity: 'destructive',
    category: 'destructive',
    why: 'The script sends a statement that deletes tables or rows straight to the database; without a backup the data cannot be brought back.',
    saferAlternative: 'Take a backup first (pg_dump, mysqldump, a snapshot), and run the statement in a transaction you can roll back, by hand.',
    messages: {
      sql: 'This {{via}} code runs {{statement}}.',
      mongo: 'This {{via}} code calls {{call}}, which deletes a MongoDB {{what}}.',
    },
  },
  alsoWhen: { names: ['interpreter'] },
  match(command): RuleMatch | null {
    const program = readInlineProgram(command);
    if (!program) return null;
    const mongo = MONGO_WIPE.exec(program.code);
    if (mongo) {
      const call = mongo[1] ?? mongo[2] ?? mongo[3];
      const what = call === 'dropDatabase' ? 'database' : call === 'drop' ? 'collection' : 'collection\'s documents';
      return { messageId: 'mongo', data: { via: program.via, call: `${call}()`, what }, severity: call === 'dropDatabase' ? 'catastrophic' : 'destructive' };
    }
    if (!RUNS_SQL.test(program.code)) return null;
    const ops: SqlOperation[] = [];
    // exec in a loop, not matchAll: V8's matchAll costs about a microsecond a call, exec a tenth of that.
    const strings = /"""([\s\S]*?)"""|'''([\s\S]*?)'''|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g;
    for (let m = strings.exec(program.code); m; m = strings.exec(program.code)) {
      ops.push(...destructiveSqlOperations(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? ''));
    }
    if (ops.length === 0) return null;
    const worst = ops.sort((a, b) => rank(b.severity) - rank(a.severity))[0];
    return { messageId: 'sql', data: { via: program.via, statement: worst.statement }, severity: worst.severity };
  },
};
