/**
 * Proof that collecting never writes: the collector runs as a role that COULD write, against
 * tables whose triggers refuse every write, while every statement it sends is recorded.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { collectFromSession } from '../../electron/collector/collect.ts';
import { openPgSession } from '../../electron/db/pg-session.ts';
import type { SqlSession } from '../../electron/db/session.ts';
import {
  adminQuery,
  dropDatabase,
  PG_HOST,
  PG_PORT,
  postgresAvailable,
  uniqueName,
} from '../support/postgres.ts';
import { createDemoShapedDatabase } from '../support/demo-database.ts';

const noServer = (await postgresAvailable()) ? false : 'no PostgreSQL server at 127.0.0.1:5432';

/** Statements a read-only inspection may send, by their first words. */
const READ_ONLY_STATEMENT =
  /^\s*(SELECT|SHOW|WITH|BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY|SET LOCAL|SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK)\b/i;

function recording(session: SqlSession, log: string[]): SqlSession {
  return {
    location: session.location,
    close: () => session.close(),
    query: (sql, params) => {
      log.push(sql);

      return session.query(sql, params);
    },
  };
}

describe('collecting is read-only', { skip: noServer }, () => {
  const database = uniqueName('read_only');
  const role = uniqueName('inspector_writer');

  before(async () => {
    await createDemoShapedDatabase(database);

    // A role that owns everything: only the collector's own discipline keeps it from writing.
    await adminQuery(`CREATE ROLE ${role} LOGIN`, database);
    await adminQuery(
      `GRANT ALL ON SCHEMA public TO ${role};
       GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role};
       ALTER ROLE ${role} SET log_statement = 'all';
       CREATE FUNCTION refuse_write() RETURNS trigger LANGUAGE plpgsql AS
         $$ BEGIN RAISE EXCEPTION 'write to % refused by the read-only test', TG_TABLE_NAME; END $$;
       DO $$ DECLARE t record; BEGIN
         FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
           EXECUTE format('CREATE TRIGGER refuse_write BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
             ON %I FOR EACH STATEMENT EXECUTE FUNCTION refuse_write()', t.tablename);
         END LOOP; END $$;`,
      database,
    );
  });

  after(async () => {
    await dropDatabase(database);
    await adminQuery(`DROP ROLE IF EXISTS ${role}`);
  });

  test('every statement sent is a read, and every stat still computes', async () => {
    const log: string[] = [];
    const url = `postgres://${role}@${PG_HOST}:${PG_PORT}/${database}`;
    const session = recording(await openPgSession({ kind: 'url', url }), log);

    try {
      const report = await collectFromSession(session, { all: true });

      assert.equal(report.results.filter((result) => result.status === 'failed').length, 0);
    } finally {
      await session.close();
    }

    assert.ok(log.length > 223, 'all the stats were queried');
    const writes = log.filter((sql) => !READ_ONLY_STATEMENT.test(sql));
    assert.deepEqual(writes, []);
    assert.match(log[0] ?? '', /^BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY$/);
    assert.equal(log.at(-1), 'ROLLBACK');
  });

  test('the connection itself refuses writes, even from a role that may write', async () => {
    const url = `postgres://${role}@${PG_HOST}:${PG_PORT}/${database}`;
    const session = await openPgSession({ kind: 'url', url });

    try {
      await assert.rejects(
        session.query('UPDATE tenants SET data = data'),
        /read-only transaction/,
      );
      const { rows } = await session.query<{ application_name: string }>(
        'SELECT current_setting($1) AS application_name',
        ['application_name'],
      );
      assert.equal(rows[0]?.application_name, 'usage-inspector');
    } finally {
      await session.close();
    }
  });
});
