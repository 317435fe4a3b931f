/**
 * The collector on the real FusionAuth databases in ../shared/fixtures (1.42 to 1.60): every
 * stat is computed or not applicable with a named reason, and the payload has FusionAuth's
 * shape. Skipped when ../shared or the PostgreSQL server is absent.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { catalog } from '../../shared/catalog/index.ts';
import { canonicalJson } from '../../shared/payload/canonical.ts';
import {
  collectUrl,
  dateOfEpochDay,
  resultOf,
  RUNTIME_VALUES,
} from '../support/collect-helpers.ts';
import {
  adminQuery,
  createDatabase,
  dropDatabase,
  loadSqlFile,
  postgresAvailable,
  SHARED_PRESENT,
  sharedFixture,
  uniqueName,
} from '../support/postgres.ts';

const fixtureFiles = SHARED_PRESENT
  ? readdirSync(sharedFixture('fusionauth-db/postgresql')).filter((name) => name.endsWith('.sql'))
  : [];

const skipReason = !SHARED_PRESENT
  ? '../shared/fixtures is not present'
  : !(await postgresAvailable())
    ? 'no PostgreSQL server at 127.0.0.1:5432'
    : false;

for (const file of fixtureFiles) {
  const expectedVersion = /fusionauth-(\d+\.\d+\.\d+)-/.exec(file)?.[1] ?? '';

  describe(`FusionAuth ${expectedVersion} fixture (${file})`, { skip: skipReason }, () => {
    const database = uniqueName(`fixture_${expectedVersion.replaceAll('.', '_')}`);
    let url = '';
    let latestDay = 0;

    before(async () => {
      url = await createDatabase(database);
      loadSqlFile(database, sharedFixture(`fusionauth-db/postgresql/${file}`));
      const { rows } = await adminQuery(
        'SELECT max(day) AS day FROM application_daily_active_users',
        database,
      );
      latestDay = Number(rows[0].day);
    });

    after(async () => {
      await dropDatabase(database);
    });

    test('detects the version and computes every stat or names what is missing', async () => {
      // "Today" is two days after the fixture's last login, so those rows are in the window.
      const report = await collectUrl(url, {
        all: true,
        today: dateOfEpochDay(latestDay + 2),
        set: RUNTIME_VALUES,
      });

      assert.equal(report.database.fusionAuthVersion, expectedVersion);
      assert.equal(report.payload.applicationVersion, expectedVersion);
      assert.equal(report.results.length, catalog.length);

      for (const result of report.results) {
        assert.ok(
          result.status === 'ok' || result.status === 'not-applicable',
          `${result.key} is ${result.status}: ${result.reason ?? ''}`,
        );
        if (result.status === 'not-applicable') {
          assert.match(result.reason ?? '', /has no [a-z_]+(\.[a-z_]+)?/, result.key);
        }
      }

      // The applications with a recent login are counted; on the edge day they would not be.
      assert.ok(Number(resultOf(report, 'applicationActiveLoggedIntoNumber').value) > 0);
      assertPayloadShape(report.payload);
    });

    test('a window that ends a week after the last login counts no application', async () => {
      const report = await collectUrl(url, { all: true, today: dateOfEpochDay(latestDay + 7) });

      assert.equal(resultOf(report, 'applicationActiveLoggedIntoNumber').value, 0);
    });
  });
}

function assertPayloadShape(payload: Record<string, unknown> | object): void {
  const record = payload as Record<string, unknown>;
  const keys = Object.keys(record);
  assert.deepEqual(
    keys.filter((key) => key !== 'failedStats'),
    [
      'applicationVersion',
      'collectionDuration',
      'collectionInstant',
      'instanceId',
      'stats',
      'statsVersion',
      'timings',
    ],
  );
  assert.equal(record['statsVersion'], '0.13.0');
  assert.match(String(record['instanceId']), /^[0-9a-f-]{36}$/);
  assert.ok(Number.isInteger(record['collectionDuration']));

  const stats = record['stats'] as Record<string, unknown>;
  const timings = record['timings'] as Record<string, unknown>;
  assert.deepEqual(Object.keys(stats), Object.keys(stats).sort());
  assert.deepEqual(Object.keys(timings), Object.keys(timings).sort());
  for (const [key, value] of Object.entries(stats)) {
    assert.notEqual(value, null, `${key} is null but nulls are left out`);
    assert.ok(key in timings, `${key} has a value but no timing`);
  }
  for (const value of Object.values(timings)) {
    assert.ok(Number.isInteger(value) && (value as number) >= 0);
  }

  // The payload survives canonical serialization unchanged in content.
  assert.deepEqual(JSON.parse(canonicalJson(payload)), payload);
}
