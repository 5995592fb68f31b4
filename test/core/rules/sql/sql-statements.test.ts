import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { destructiveSqlOperations, splitSqlStatements } from '../../../../src/core/rules/sql/sql-statements';

const kinds = (sql: string) => destructiveSqlOperations(sql).map((o) => `${o.kind}:${o.object}:${o.target}:${o.severity}`);

describe('sql-statements', () => {
  it('splits statements and ignores semicolons in strings and comments', () => {
    assert.equal(splitSqlStatements("SELECT ';'; -- a; b\nSELECT 2 /* ; */; SELECT $$;$$").length, 3);
  });
  it('finds nothing in literals, comments and safe statements', () => {
    for (const sql of [
      "SELECT 'drop table users'",
      '-- DROP TABLE users',
      '/* DROP DATABASE app */ SELECT 1',
      'DELETE FROM users WHERE id = 1',
      "UPDATE users SET name = 'x' WHERE id = 2",
      'SELECT * FROM drop_log',
      'CREATE TABLE t (id int)',
      'INSERT INTO t VALUES (1)',
      'ALTER TABLE t ALTER COLUMN c DROP NOT NULL',
      'ALTER TABLE t DROP CONSTRAINT t_pkey',
      'EXPLAIN DELETE FROM users',
      'SELECT $$DROP TABLE x$$',
    ]) assert.deepEqual(kinds(sql), [], sql);
  });
  it('names drops with their severity', () => {
    assert.deepEqual(kinds('DROP DATABASE app'), ['drop:DATABASE:app:catastrophic']);
    assert.deepEqual(kinds('drop table if exists public.users, orders cascade'), ['drop:TABLE:public.users, orders:destructive']);
    assert.deepEqual(kinds('DROP INDEX CONCURRENTLY idx'), ['drop:INDEX:idx:caution']);
    assert.deepEqual(kinds('DROP KEYSPACE shop'), ['drop:KEYSPACE:shop:catastrophic']);
    assert.deepEqual(kinds('DROP MATERIALIZED VIEW mv'), ['drop:MATERIALIZED VIEW:mv:caution']);
    assert.deepEqual(kinds('DROP TEMPORARY TABLE tmp'), ['drop:TABLE:tmp:destructive']);
  });
  it('finds unbounded DELETE and UPDATE', () => {
    assert.deepEqual(kinds('DELETE FROM users'), ['delete-all:TABLE:users:destructive']);
    assert.deepEqual(kinds('delete from users where 1=1'), ['delete-all:TABLE:users:destructive']);
    assert.deepEqual(kinds("DELETE FROM users WHERE id = 5 OR 'a' = 'a'"), ['delete-all:TABLE:users:destructive']);
    assert.deepEqual(kinds('DELETE FROM users WHERE (1 = 1)'), ['delete-all:TABLE:users:destructive']);
    assert.deepEqual(kinds('DELETE FROM users WHERE id = 5 OR id = 6'), []);
    assert.deepEqual(kinds('DELETE FROM users WHERE a = a'), []);
    assert.deepEqual(kinds('WITH x AS (SELECT 1) DELETE FROM users'), ['delete-all:TABLE:users:destructive']);
    assert.deepEqual(kinds("UPDATE users SET email = 'x'"), ['update-all:TABLE:users:destructive']);
    assert.deepEqual(kinds('UPDATE users SET a = (SELECT b FROM c WHERE d = 1)'), ['update-all:TABLE:users:destructive']);
  });
  it('finds TRUNCATE and ALTER TABLE … DROP', () => {
    assert.deepEqual(kinds('TRUNCATE TABLE orders RESTART IDENTITY'), ['truncate:TABLE:orders:destructive']);
    assert.deepEqual(kinds('ALTER TABLE users DROP COLUMN email'), ['alter-drop:COLUMN:users.email:destructive']);
    assert.deepEqual(kinds('ALTER TABLE users DROP email'), ['alter-drop:COLUMN:users.email:destructive']);
    assert.deepEqual(kinds('ALTER TABLE events DROP PARTITION p2020'), ['alter-drop:PARTITION:events:destructive']);
  });
  it('reads MySQL executable comments and backslash escapes both ways', () => {
    assert.deepEqual(kinds('/*!50000 DROP TABLE t */'), ['drop:TABLE:t:destructive']);
    assert.deepEqual(kinds("SELECT 'a\\'; DROP TABLE t; -- '"), ['drop:TABLE:t:destructive']);
  });
  it('shows the statement as written, literals hidden', () => {
    assert.deepEqual(destructiveSqlOperations("delete from public.users using t where (1 = 1) returning 'x'").map((o) => o.statement), ["delete from public.users using t where (1 = 1) returning '…'"]);
  });
  it('reads the body of a PostgreSQL DO block', () => {
    assert.deepEqual(kinds('DO $$ BEGIN DROP SCHEMA app CASCADE; END $$'), ['drop:SCHEMA:app:catastrophic']);
  });
  it('treats GO on its own line as a batch separator', () => {
    assert.deepEqual(kinds('DELETE FROM t\nGO\nSELECT 1 WHERE 1 = 2'), ['delete-all:TABLE:t:destructive']);
  });
});
