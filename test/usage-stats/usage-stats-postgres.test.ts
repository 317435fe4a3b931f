/**
 * usage_stats read from real PostgreSQL databases that each test creates and drops: the
 * 1.60.2 fixture dump (when ../shared is present) and a standalone database with the same
 * table layout. Rows are inserted sent and unsent, out of order; last-sent must be the newest
 * sent row by collection_instant and queued the unsent ones, newest first.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { readUsageStats } from '../../electron/usage-stats/read-usage-stats.ts';
import { lastSentRow, queuedRows } from '../../electron/usage-stats/select-rows.ts';
import { payloadSha256 } from '../../electron/payload/hash-payload.ts';
import { loadPayloadSource } from '../../electron/sources/load-source.ts';
import type { DatabaseTarget } from '../../electron/db/target.ts';
import { saveRun } from '../../electron/runs/save-run.ts';
import { diffPayloads, isEmptyDiff } from '../../shared/diff/diff-payloads.ts';
import { InspectorError } from '../../shared/errors.ts';
import { samplePayload, withStats } from '../support/payload-samples.ts';
import {
  createDatabase,
  dropDatabase,
  loadSqlFile,
  postgresAvailable,
  runSqlText,
  SHARED_PRESENT,
  sharedFixture,
  uniqueName,
} from '../support/postgres.ts';
import {
  insertUsageStatsRows,
  MINIMAL_FUSIONAUTH_DDL,
  type StoredRow,
  tableSnapshot,
  USAGE_STATS_DDL,
} from '../support/usage-stats-rows.ts';

const DAY = 86_400_000;
const BASE = Date.UTC(2025, 10, 28);

/** Inserted in this (scrambled) order; instants and flags chosen so that the newest row of
 * all is unsent, and the newest sent row is neither the first nor the last inserted. */
const ROWS: StoredRow[] = [
  { sent: true, payload: samplePayload({ collectionInstant: BASE + DAY }) },
  {
    sent: false,
    payload: withStats({ tenantNumber: 5 }, samplePayload({ collectionInstant: BASE + 4 * DAY })),
  },
  {
    sent: true,
    payload: withStats(
      { tenantNumber: 4 },
      samplePayload({
        collectionInstant: BASE + 2 * DAY,
        failedStats: ['groupNumber', 'webhookNumber'],
      }),
    ),
  },
  { sent: false, payload: samplePayload({ collectionInstant: BASE + 3 * DAY }) },
  { sent: true, payload: samplePayload({ collectionInstant: BASE }) },
  {
    sent: false,
    payload: samplePayload({ collectionInstant: BASE - DAY }),
    rawStats: '{"tenantNumber": 3,',
  },
];

const NEWEST_SENT = BASE + 2 * DAY;
const NEWEST_QUEUED = BASE + 4 * DAY;

const postgresSkip = (await postgresAvailable()) ? false : 'no PostgreSQL server at 127.0.0.1:5432';

/** The shared checks; `database` is read when the tests run, after `before` made it. */
function checkSelection(database: () => { name: string; url: string }) {
  const target = (): DatabaseTarget => ({ kind: 'url', url: database().url });

  test('last-sent is the newest sent row; queued are the unsent rows, newest first', async () => {
    const history = await readUsageStats(target());
    assert.equal(history.available, true);
    assert.equal(history.rows.length, ROWS.length);

    const lastSent = lastSentRow(history);
    assert.equal(lastSent?.collectionInstant, NEWEST_SENT);
    assert.equal(lastSent?.collectedAt, new Date(NEWEST_SENT).toISOString());
    assert.deepEqual(lastSent?.failedStats, ['groupNumber', 'webhookNumber']);
    assert.deepEqual(
      queuedRows(history).map((row) => row.collectionInstant),
      [NEWEST_QUEUED, BASE + 3 * DAY, BASE - DAY],
    );
  });

  test('the rebuilt payload is the one that was stored', async () => {
    const history = await readUsageStats(target());
    const expected = ROWS[2]?.payload as ReturnType<typeof samplePayload>;
    const row = lastSentRow(history);
    assert.deepEqual(row?.payload, expected);
    assert.equal(row?.payloadSha256, payloadSha256(expected));
    assert.equal(row?.statCount, Object.keys(expected.stats).length);
  });

  test('a row whose stats column is not JSON is listed with its problem, not fatal', async () => {
    const history = await readUsageStats(target());
    const bad = history.rows.find((row) => row.collectionInstant === BASE - DAY);
    assert.equal(bad?.payload, null);
    assert.equal(bad?.statCount, null);
    assert.match(bad?.problem ?? '', /usage_stats row \d+ \(column stats\) is not valid JSON/);
    assert.equal(history.rows.filter((row) => row.payload !== null).length, ROWS.length - 1);
  });

  test('sources: last-sent, queued (with a note saying which) and row:INSTANT', async () => {
    const context = { target: target(), runsDirectory: '/nonexistent' };
    const sent = await loadPayloadSource({ kind: 'last-sent' }, context);
    assert.equal(sent.payload.collectionInstant, NEWEST_SENT);
    assert.match(sent.label, /^last sent: usage_stats row collected 2025-11-30T00:00:00\.000Z/);

    const queued = await loadPayloadSource({ kind: 'queued' }, context);
    assert.equal(queued.payload.collectionInstant, NEWEST_QUEUED);
    assert.match(queued.note ?? '', /newest of 3 unsent usage_stats row/);

    const bad = loadPayloadSource(
      { kind: 'usage-stats-row', collectionInstant: BASE - DAY },
      context,
    );
    await assert.rejects(bad, (error: InspectorError) => error.code === 'payload-invalid');
  });

  test('reading changes nothing in the table', async () => {
    const before = await tableSnapshot(database().name);
    await readUsageStats(target());
    await loadPayloadSource({ kind: 'queued' }, { target: target(), runsDirectory: '' });
    assert.equal(await tableSnapshot(database().name), before);
  });
}

describe(
  'usage_stats in a standalone database with the 1.60.2 layout',
  { skip: postgresSkip },
  () => {
    const name = uniqueName('ui_usage_stats');
    let url = '';

    before(async () => {
      url = await createDatabase(name);
      await runSqlText(name, `${MINIMAL_FUSIONAUTH_DDL}\n${USAGE_STATS_DDL}`);
      await insertUsageStatsRows(name, ROWS);
    });
    after(async () => dropDatabase(name));

    checkSelection(() => ({ name, url }));
  },
);

const fixtureSkip = postgresSkip || (SHARED_PRESENT ? false : '../shared/fixtures is not present');

describe('usage_stats in the FusionAuth 1.60.2 fixture database', { skip: fixtureSkip }, () => {
  const name = uniqueName('ui_usage_stats_fixture');
  let url = '';

  before(async () => {
    url = await createDatabase(name);
    loadSqlFile(
      name,
      sharedFixture('fusionauth-db/postgresql/fusionauth-1.60.2-fusionauth-module-2025-10-10.sql'),
    );
    await insertUsageStatsRows(name, ROWS);
  });
  after(async () => dropDatabase(name));

  test('the fixture is recognised as FusionAuth 1.60.2', async () => {
    const history = await readUsageStats({ kind: 'url', url });
    assert.equal(history.fusionAuthVersion, '1.60.2');
  });

  checkSelection(() => ({ name, url }));
});

describe('a FusionAuth database without usage_stats', { skip: postgresSkip }, () => {
  const name = uniqueName('ui_no_usage_stats');
  let url = '';

  before(async () => {
    url = await createDatabase(name);
    await runSqlText(name, `${MINIMAL_FUSIONAUTH_DDL}\nUPDATE version SET version = '1.51.0';`);
  });
  after(async () => dropDatabase(name));

  test('the listing explains there is no table; it does not fail', async () => {
    const history = await readUsageStats({ kind: 'url', url });
    assert.equal(history.available, false);
    assert.match(history.unavailableReason ?? '', /FusionAuth 1\.51\.0 keeps no usage_stats table/);
    assert.deepEqual(history.rows, []);
  });

  test('asking for last-sent gives a not-found error with the same explanation', async () => {
    const loading = loadPayloadSource(
      { kind: 'last-sent' },
      { target: { kind: 'url', url }, runsDirectory: '' },
    );
    await assert.rejects(loading, (error: InspectorError) => {
      assert.equal(error.code, 'not-found');
      assert.match(error.message, /keeps no usage_stats table/);

      return true;
    });
  });
});

describe('the FusionAuth 1.51.0 fixture, from before usage_stats', { skip: fixtureSkip }, () => {
  const name = uniqueName('ui_usage_stats_151');
  let url = '';

  before(async () => {
    url = await createDatabase(name);
    loadSqlFile(
      name,
      sharedFixture(
        'fusionauth-db/postgresql/fusionauth-1.51.0-task-management-system-0a0f5da8.sql',
      ),
    );
  });
  after(async () => dropDatabase(name));

  test('is listed as having no usage_stats table', async () => {
    const history = await readUsageStats({ kind: 'url', url });
    assert.deepEqual([history.fusionAuthVersion, history.available], ['1.51.0', false]);
  });
});

describe('current and saved runs on the 1.60.2 fixture', { skip: fixtureSkip }, () => {
  const name = uniqueName('ui_current_fixture');
  const runs = mkdtempSync(join(tmpdir(), 'usage-inspector-current-'));
  let url = '';

  before(async () => {
    url = await createDatabase(name);
    loadSqlFile(
      name,
      sharedFixture('fusionauth-db/postgresql/fusionauth-1.60.2-fusionauth-module-2025-10-10.sql'),
    );
  });
  after(async () => {
    rmSync(runs, { recursive: true, force: true });
    await dropDatabase(name);
  });

  test('current collects now; its report saves as a run that loads back identical', async () => {
    const context = { target: { kind: 'url', url } as DatabaseTarget, runsDirectory: runs };
    const current = await loadPayloadSource({ kind: 'current', all: true }, context);
    assert.equal(current.payload.applicationVersion, '1.60.2');
    assert.equal(current.sha256, payloadSha256(current.payload));
    assert.ok(current.report !== undefined);

    const saved = await saveRun(current.report, runs);
    const loaded = await loadPayloadSource({ kind: 'run', id: saved.id }, context);
    assert.equal(loaded.sha256, current.sha256);
    assert.deepEqual(loaded.payload, current.payload);
    assert.equal(isEmptyDiff(diffPayloads(current.payload, loaded.payload)), true);
  });
});
