/**
 * Rebuilding the wire payload from one usage_stats row (collector.md §3.3), without a database.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { readRow } from '../../electron/usage-stats/read-usage-stats.ts';
import { rowToPayload } from '../../electron/usage-stats/row-to-payload.ts';
import type { UsageStatsColumns } from '../../electron/usage-stats/types.ts';
import { InspectorError } from '../../shared/errors.ts';

function columns(overrides: Partial<UsageStatsColumns> = {}): UsageStatsColumns {
  return {
    collection_instant: '1764549060000',
    instance_id: '9a632006-60f5-3254-ad99-859ab32b6330',
    application_version: '1.60.2',
    stats_version: '0.13.0',
    collection_duration: '382000',
    sent: true,
    stats: '{"applicationNumber":12,"tenantNumber":3}',
    timings: '{"applicationNumber":1,"tenantNumber":2}',
    failed_stats: null,
    ...overrides,
  };
}

test('the payload has the serializer key order and numbers where the table has bigints', () => {
  const payload = rowToPayload(columns({ failed_stats: 'groupNumber,webhookNumber' }));
  assert.deepEqual(Object.keys(payload), [
    'applicationVersion',
    'collectionDuration',
    'collectionInstant',
    'failedStats',
    'instanceId',
    'stats',
    'statsVersion',
    'timings',
  ]);
  assert.equal(payload.collectionInstant, 1_764_549_060_000);
  assert.equal(payload.collectionDuration, 382_000);
  assert.deepEqual(payload.failedStats, ['groupNumber', 'webhookNumber']);
  assert.deepEqual(payload.stats, { applicationNumber: 12, tenantNumber: 3 });
});

test('no failed stats (NULL or empty text) means no failedStats key', () => {
  assert.equal('failedStats' in rowToPayload(columns({ failed_stats: null })), false);
  assert.equal('failedStats' in rowToPayload(columns({ failed_stats: '' })), false);
});

test('a bad JSON column names the row and the column', () => {
  assert.throws(
    () => rowToPayload(columns({ timings: '{"applicationNumber":1' })),
    (error: InspectorError) =>
      error.code === 'payload-invalid' &&
      /^usage_stats row 1764549060000 \(column timings\) is not valid JSON: line 1/.test(
        error.message,
      ),
  );
});

test('a stat of the wrong type names the row and the JSON path', () => {
  assert.throws(
    () => rowToPayload(columns({ stats: '{"tenantNumber":"3"}' })),
    /usage_stats row 1764549060000 is not a usage payload: stats\.tenantNumber is a string/,
  );
});

test('readRow lists a broken row with its problem and still counts the stats it can', () => {
  const row = readRow(columns({ timings: 'oops', sent: 'f' }));
  assert.equal(row.payload, null);
  assert.equal(row.sent, false);
  assert.equal(row.statCount, 2);
  assert.match(row.problem ?? '', /column timings/);
  assert.equal(row.collectedAt, '2025-12-01T00:31:00.000Z');
});
