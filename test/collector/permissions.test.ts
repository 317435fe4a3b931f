/**
 * A database user that may not read everything: a refused stat is a failure with the
 * database's reason (never "this version has no such table"), and a user that may read none
 * of FusionAuth's tables is told what to grant.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { collectUrl, resultOf } from '../support/collect-helpers.ts';
import {
  adminQuery,
  dropDatabase,
  PG_HOST,
  PG_PORT,
  postgresAvailable,
  uniqueName,
} from '../support/postgres.ts';
import { createDemoShapedDatabase } from '../support/demo-database.ts';
import { runCli } from '../support/run-cli.ts';

const noServer = (await postgresAvailable()) ? false : 'no PostgreSQL server at 127.0.0.1:5432';

describe('a user with too few grants', { skip: noServer }, () => {
  const database = uniqueName('grants');
  const partial = uniqueName('partial_reader');
  const none = uniqueName('no_reader');

  before(async () => {
    await createDemoShapedDatabase(database);
    await adminQuery(
      `CREATE ROLE ${partial} LOGIN; CREATE ROLE ${none} LOGIN;
       GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${partial};
       REVOKE SELECT ON webhooks FROM ${partial};`,
      database,
    );
  });

  after(async () => {
    await dropDatabase(database);
    await adminQuery(`DROP ROLE IF EXISTS ${partial}; DROP ROLE IF EXISTS ${none}`);
  });

  test('a table it may not read fails those stats with the reason', async () => {
    const report = await collectUrl(`postgres://${partial}@${PG_HOST}:${PG_PORT}/${database}`, {
      all: true,
    });
    const refused = resultOf(report, 'webhookKickstartSuccess');

    assert.equal(refused.status, 'failed');
    assert.match(refused.reason ?? '', /permission denied for table webhooks.*42501/);
    assert.ok(report.payload.failedStats?.includes('webhookAuditLogCreate'));
    assert.equal(resultOf(report, 'tenantNumber').status, 'ok');
  });

  test('no grants at all: exit 3 and what to grant', async () => {
    const result = await runCli([
      'collect',
      '--db',
      `postgres://${none}@${PG_HOST}:${PG_PORT}/${database}`,
    ]);

    assert.equal(result.code, 3, result.stderr);
    assert.match(result.stderr, /may not read .* Grant it SELECT on FusionAuth's tables/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});
