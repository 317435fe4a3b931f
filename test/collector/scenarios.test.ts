/**
 * The collector's decisions, on the embedded demo database changed per scenario: the remote
 * stat list (followed, stale, missing, with unknown names), failing stats, older schemas.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { PGlite } from '@electric-sql/pglite';

import { collectFromSession } from '../../electron/collector/collect.ts';
import { pgliteSession } from '../../electron/db/pglite-session.ts';
import { createDemoDatabase } from '../../electron/demo/load-demo.ts';
import type { CollectionReport } from '../../shared/collection/types.ts';
import type { CollectOptions } from '../../electron/collector/collect.ts';
import { resultOf } from '../support/collect-helpers.ts';

const NOW = new Date('2026-06-15T12:00:00Z');

async function collectDemo(
  change: (database: PGlite) => Promise<void>,
  options: CollectOptions = {},
): Promise<CollectionReport> {
  const database = await createDemoDatabase(NOW);
  await change(database);
  const session = pgliteSession(database);
  try {
    return await collectFromSession(session, { now: NOW, ...options });
  } finally {
    await session.close();
  }
}

const unchanged = async (): Promise<void> => undefined;

describe('the remote stat list', () => {
  test('by default exactly the listed stats are collected, in the list order', async () => {
    const report = await collectDemo(async (database) => {
      await database.exec(
        `UPDATE current_usage_stats
         SET stats = 'tenantNumber,organizationAdminTenantNumber,applicationNumber,atdIpAcls'`,
      );
    });

    const collected = report.results.filter((result) => result.status !== 'not-requested');
    assert.deepEqual(
      collected.map((result) => result.key),
      ['tenantNumber', 'applicationNumber', 'atdIpAcls'],
    );
    assert.deepEqual(Object.keys(report.payload.stats).sort(), [
      'applicationNumber',
      'atdIpAcls',
      'tenantNumber',
    ]);
    assert.deepEqual(report.database.statList.unknownNames, ['organizationAdminTenantNumber']);
    assert.equal(resultOf(report, 'instanceNodes').status, 'not-requested');
    assert.equal(report.database.statList.fresh, true);
    assert.match(report.database.statList.verdict, /would collect the 3 known stats/);
  });

  test('--all collects the unlisted stats too, still marking what was requested', async () => {
    const report = await collectDemo(
      async (database) => {
        await database.exec(`UPDATE current_usage_stats SET stats = 'tenantNumber'`);
      },
      { all: true },
    );

    assert.equal(report.results.filter((result) => result.status === 'not-requested').length, 0);
    assert.equal(resultOf(report, 'tenantNumber').requested, true);
    assert.equal(resultOf(report, 'applicationNumber').requested, false);
    assert.equal(resultOf(report, 'applicationNumber').status, 'ok');
  });

  test('a list checked more than a day ago: FusionAuth would collect nothing', async () => {
    const twoDaysAgo = NOW.getTime() - 2 * 86_400_000;
    const report = await collectDemo(async (database) => {
      await database.query('UPDATE current_usage_stats SET last_checked_instant = $1', [
        twoDaysAgo,
      ]);
    });

    assert.equal(report.database.statList.fresh, false);
    assert.match(report.database.statList.verdict, /^FusionAuth would collect nothing right now/);
    assert.ok(Object.keys(report.payload.stats).length > 100, 'the collection still ran');
  });

  test('a list checked 23 hours ago is still fresh', async () => {
    const report = await collectDemo(async (database) => {
      await database.query('UPDATE current_usage_stats SET last_checked_instant = $1', [
        NOW.getTime() - 23 * 3_600_000,
      ]);
    });

    assert.equal(report.database.statList.fresh, true);
  });

  test('no list at all: reported, and every known stat is shown', async () => {
    const report = await collectDemo(async (database) => {
      await database.exec('DELETE FROM current_usage_stats');
    });

    assert.equal(report.database.statList.present, false);
    assert.match(report.database.statList.verdict, /would collect nothing right now/);
    assert.equal(report.results.filter((result) => result.status === 'not-requested').length, 0);
  });
});

describe('failures and older schemas', () => {
  test('a stat whose query fails goes to failedStats and the others carry on', async () => {
    const report = await collectDemo(
      async (database) => {
        // Every application logged in today, one with a form id that is not a UUID and a grace
        // period that is not a number: exactly the casts FusionAuth's own queries make.
        await database.exec(`
          INSERT INTO application_daily_active_users (applications_id, count, day)
          SELECT id, 1, floor(${NOW.getTime()} / 86400000.0)::int FROM applications
          ON CONFLICT DO NOTHING;
          UPDATE applications SET data = '{"registrationConfiguration":{"formId":"not-a-uuid"},
            "jwtConfiguration":{"refreshTokenOneTimeUseConfiguration":
            {"gracePeriodInSeconds":"soon"}}}'
          WHERE id = (SELECT id FROM applications WHERE active ORDER BY id LIMIT 1);`);
      },
      { all: true },
    );

    const preVerified = resultOf(report, 'applicationAdvancedSelfServiceRegistrationPreVerified');
    const gracePeriod = resultOf(report, 'applicationRefreshTokenGracePeriodEnabled');
    assert.equal(preVerified.status, 'failed');
    assert.match(preVerified.reason ?? '', /uuid/i);
    assert.equal(gracePeriod.status, 'failed');
    assert.match(gracePeriod.reason ?? '', /integer/i);
    assert.deepEqual(report.payload.failedStats?.sort(), [
      'applicationAdvancedSelfServiceRegistrationPreVerified',
      'applicationRefreshTokenGracePeriodEnabled',
    ]);
    assert.ok(!('applicationRefreshTokenGracePeriodEnabled' in report.payload.timings));
    assert.equal(resultOf(report, 'applicationNumber').status, 'ok');
  });

  test('objects of newer versions missing: not applicable, with the object named', async () => {
    const report = await collectDemo(
      async (database) => {
        await database.exec(`
          DROP TABLE mfa_metrics;
          ALTER TABLE identity_providers DROP COLUMN tenants_id;
          ALTER TABLE form_steps DROP COLUMN type;`);
      },
      { all: true },
    );

    assert.equal(resultOf(report, 'mfaSuccess').status, 'not-applicable');
    assert.match(resultOf(report, 'mfaSuccess').reason ?? '', /has no mfa_metrics/);
    const tenantProviders = resultOf(report, 'applicationEnabledTenantIdentityProviders');
    assert.equal(tenantProviders.status, 'not-applicable');
    assert.match(tenantProviders.reason ?? '', /identity_providers\.tenants_id/);
    assert.match(
      resultOf(report, 'applicationAdvancedSelfServiceRegistrationPreVerified').reason ?? '',
      /form_steps\.type/,
    );

    // Before tenant-scoped providers every provider is global: the older variant counts all.
    const providers = resultOf(report, 'applicationEnabledIdentityProviders');
    assert.equal(providers.status, 'ok');
    assert.equal(providers.sqlVariant, 1);
  });

  test('a database without the stat-list table still collects', async () => {
    const report = await collectDemo(async (database) => {
      await database.exec('DROP TABLE current_usage_stats');
    }, {});

    assert.match(report.database.statList.verdict, /no current_usage_stats table/);
    assert.equal(resultOf(report, 'tenantNumber').status, 'ok');
  });
});

describe('the envelope and the basic metrics', () => {
  test('header fields come from the database and the collection instant', async () => {
    const report = await collectDemo(unchanged);
    const database = report.database;

    assert.equal(report.payload.applicationVersion, database.fusionAuthVersion);
    assert.equal(report.payload.instanceId, database.instanceId);
    assert.equal(report.payload.collectionInstant, NOW.getTime());
    assert.equal(report.basicMetrics?.['metric.version'], '1');
    assert.equal(report.basicMetrics?.['metric.productVersion'], database.fusionAuthVersion);
    assert.equal(database.usageDataEnabled, true);
  });

  test('license stats are left out on an unlicensed instance and unknown on a licensed one', async () => {
    const unlicensed = await collectDemo(
      async (database) => {
        await database.exec('UPDATE instance SET license = NULL, license_id = NULL');
      },
      { all: true },
    );
    assert.equal(resultOf(unlicensed, 'instanceLicenseType').status, 'ok');
    assert.equal(resultOf(unlicensed, 'instanceLicenseType').value, null);
    assert.equal(unlicensed.basicMetrics?.licenseId, undefined);

    const licensed = await collectDemo(
      async (database) => {
        await database.exec(`UPDATE instance SET license_id = 'lic-123', license = 'x'`);
      },
      { all: true },
    );
    assert.equal(resultOf(licensed, 'instanceLicenseType').status, 'unknown-offline');
    assert.equal(licensed.basicMetrics?.licenseId, 'lic-123');
  });
});
