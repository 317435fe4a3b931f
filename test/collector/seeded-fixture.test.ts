/**
 * Every SQL stat against our own seeded database (test/fixtures/seeded), whose rows were
 * written so that each stat has rows that must count and near misses that must not. The
 * expected values were worked out by hand from those rows; a wrong condition changes a number.
 *
 * Runs on the embedded PGlite always, and on the PostgreSQL server when one is available.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { PGlite } from '@electric-sql/pglite';

import { collectFromSession } from '../../electron/collector/collect.ts';
import { openPgSession } from '../../electron/db/pg-session.ts';
import { pgliteSession } from '../../electron/db/pglite-session.ts';
import type { SqlSession } from '../../electron/db/session.ts';
import { catalog } from '../../shared/catalog/index.ts';
import type { CollectionReport } from '../../shared/collection/types.ts';
import { seededExpected, seededToday } from '../fixtures/seeded/expected.ts';
import {
  adminQuery,
  adminUrl,
  createDatabase,
  dropDatabase,
  postgresAvailable,
  uniqueName,
} from '../support/postgres.ts';

const schemaSql = readFileSync(new URL('../../electron/demo/schema.sql', import.meta.url), 'utf8');
const seedSql = readFileSync(new URL('../fixtures/seeded/seed.sql', import.meta.url), 'utf8');
const sqlKeys = catalog.filter((metric) => metric.origin === 'database').map((m) => m.key);

function checkEveryStat(report: () => CollectionReport): void {
  test('the seed has an expected value for every SQL stat', () => {
    assert.deepEqual(
      sqlKeys.filter((key) => !(key in seededExpected)),
      [],
      'stats without an expectation',
    );
  });

  for (const key of sqlKeys) {
    test(key, () => {
      const result = report().results.find((candidate) => candidate.key === key);
      assert.ok(result !== undefined);
      assert.equal(result.status, 'ok', result.reason);
      assert.deepEqual(result.value, seededExpected[key] ?? null);
    });
  }
}

describe('seeded fixture on PGlite', () => {
  let report: CollectionReport;

  before(async () => {
    const database = new PGlite();
    await database.exec(schemaSql);
    await database.exec(seedSql);
    const session: SqlSession = pgliteSession(database);
    try {
      report = await collectFromSession(session, { all: true, today: seededToday });
    } finally {
      await session.close();
    }
  });

  checkEveryStat(() => report);
});

const noServer = (await postgresAvailable()) ? false : 'no PostgreSQL server at 127.0.0.1:5432';

describe('seeded fixture on PostgreSQL', { skip: noServer }, () => {
  const name = uniqueName('seeded');
  let report: CollectionReport;

  before(async () => {
    await createDatabase(name);
    await adminQuery(schemaSql, name);
    await adminQuery(seedSql, name);
    const session = await openPgSession({ kind: 'url', url: adminUrl(name) });
    try {
      report = await collectFromSession(session, { all: true, today: seededToday });
    } finally {
      await session.close();
    }
  });

  after(async () => {
    await dropDatabase(name);
  });

  checkEveryStat(() => report);
});
