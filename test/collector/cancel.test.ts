/**
 * Cancelling stops a collection at once, even while a query waits on a lock: the connection
 * is closed rather than waiting for the next stat.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import pg from 'pg';

import { collect } from '../../electron/collector/collect.ts';
import { InspectorError } from '../../shared/errors.ts';
import { adminUrl, dropDatabase, postgresAvailable, uniqueName } from '../support/postgres.ts';
import { createDemoShapedDatabase } from '../support/demo-database.ts';

const noServer = (await postgresAvailable()) ? false : 'no PostgreSQL server at 127.0.0.1:5432';

describe('cancelling a collection', { skip: noServer }, () => {
  const database = uniqueName('cancel');

  before(async () => {
    await createDemoShapedDatabase(database);
  });

  after(async () => {
    await dropDatabase(database);
  });

  // The timeout bounds the test if cancelling did not work; it is not a measurement.
  test('while a stat waits on a lock', { timeout: 30_000 }, async () => {
    const locker = new pg.Client({ connectionString: adminUrl(database) });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE entity_types IN ACCESS EXCLUSIVE MODE');

    const controller = new AbortController();
    try {
      const run = collect(
        { kind: 'url', url: adminUrl(database) },
        {
          all: true,
          // Far longer than the test may take: only the cancel can end the wait.
          lockTimeoutMs: 600_000,
          statementTimeoutMs: 600_000,
          signal: controller.signal,
          onProgress: (progress) => {
            if (progress.key === 'entitiesTypeNumber') {
              setTimeout(() => controller.abort(), 200);
            }
          },
        },
      );

      await assert.rejects(
        run,
        (error: unknown) => error instanceof InspectorError && error.code === 'cancelled',
      );
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
  });
});
