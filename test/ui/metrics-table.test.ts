/**
 * The metrics table's rules without a browser: search, category and status filters,
 * sorting on every column, keyboard movement, and the short value texts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { CollectionReport, StatResult } from '../../shared/collection/types.ts';
import {
  filterRows,
  nextSortOrder,
  NO_FILTER,
  sortRows,
} from '../../renderer/src/metrics/filter-sort.ts';
import { buildRows } from '../../renderer/src/metrics/metric-rows.ts';
import { isSearchShortcut, rowAfterKey } from '../../renderer/src/metrics/table-keys.ts';
import { valueSummary } from '../../renderer/src/format/value-text.ts';

function result(key: string, fields: Partial<StatResult>): StatResult {
  return {
    key,
    status: 'ok',
    value: null,
    ms: null,
    preciseMs: null,
    requested: false,
    listPosition: null,
    ...fields,
  };
}

const RESULTS: StatResult[] = [
  result('tenantNumber', { value: 3, ms: 2, preciseMs: 2.4 }),
  result('applicationNumber', { value: 12, ms: 5, preciseMs: 5.1 }),
  result('webhookNumber', { value: 0, ms: 1, preciseMs: 0.7 }),
  result('applicationEnabledIdentityProviders', {
    value: [
      { idp: 'Google', count: 2 },
      { idp: 'OpenIDConnect', count: 1 },
    ],
    ms: 3,
    preciseMs: 3,
  }),
  result('instanceJavaVersion', { status: 'unknown-offline', reason: 'JVM only' }),
  result('applicationOauthScopeProviderNumber', { status: 'not-applicable' }),
  result('tenantSmtpServerUsed', { status: 'failed', reason: 'syntax error' }),
  result('instanceProxyEnabled', { value: false, ms: 0, preciseMs: 0.1 }),
];

const rows = buildRows({ results: RESULTS } as CollectionReport);
const keys = (list: readonly { key: string }[]): string[] => list.map((row) => row.key);

describe('filters', () => {
  test('search matches keys regardless of case and spaces', () => {
    assert.deepEqual(keys(filterRows(rows, { ...NO_FILTER, search: 'TENANT number' })), [
      'tenantNumber',
    ]);
    assert.deepEqual(keys(filterRows(rows, { ...NO_FILTER, search: 'nosuchstat' })), []);
    assert.equal(filterRows(rows, { ...NO_FILTER, search: '   ' }).length, rows.length);
  });

  test('the status filter keeps only that status', () => {
    assert.deepEqual(keys(filterRows(rows, { ...NO_FILTER, status: 'failed' })), [
      'tenantSmtpServerUsed',
    ]);
    assert.deepEqual(keys(filterRows(rows, { ...NO_FILTER, status: 'not-requested' })), []);
  });

  test('the category filter uses the catalog category, and filters combine', () => {
    const tenants = filterRows(rows, { ...NO_FILTER, category: 'tenants' });
    const combined = filterRows(rows, { search: 'number', category: 'applications', status: 'ok' });

    assert.ok(tenants.every((row) => row.category === 'tenants'));
    assert.ok(keys(tenants).includes('tenantNumber'));
    assert.deepEqual(keys(combined), ['applicationNumber']);
  });
});

describe('sorting', () => {
  test('by key, both ways', () => {
    const ascending = keys(sortRows(rows, { column: 'key', ascending: true }));

    assert.deepEqual(
      ascending,
      [...ascending].sort((a, b) => a.localeCompare(b)),
    );
    assert.deepEqual(
      keys(sortRows(rows, { column: 'key', ascending: false })),
      [...ascending].reverse(),
    );
  });

  test('by time: fastest first, untimed last', () => {
    const sorted = keys(sortRows(rows, { column: 'ms', ascending: true }));

    assert.deepEqual(sorted.slice(0, 3), ['instanceProxyEnabled', 'webhookNumber', 'tenantNumber']);
    assert.deepEqual(sorted.slice(-3), [
      'applicationOauthScopeProviderNumber',
      'instanceJavaVersion',
      'tenantSmtpServerUsed',
    ]);
  });

  test('by value: numbers in numeric order before words, no value last', () => {
    const sorted = sortRows(rows, { column: 'value', ascending: true }).map(
      (row) => row.result.value,
    );

    assert.deepEqual(sorted.slice(0, 3), [0, 3, 12]);
    assert.equal(sorted.at(-1), null);
  });

  test('by status and by category, ties by key', () => {
    const byStatus = sortRows(rows, { column: 'status', ascending: true });
    const byCategory = sortRows(rows, { column: 'category', ascending: true });

    assert.equal(byStatus[0]?.result.status, 'ok');
    assert.equal(byStatus.at(-1)?.result.status, 'unknown-offline');
    const categories = byCategory.map((row) => row.category.toLowerCase());
    assert.deepEqual(
      categories,
      [...categories].sort((a, b) => a.localeCompare(b)),
    );
  });

  test('clicking a column starts ascending and flips on the second click', () => {
    const start = { column: 'key', ascending: true } as const;

    assert.deepEqual(nextSortOrder(start, 'ms'), { column: 'ms', ascending: true });
    assert.deepEqual(nextSortOrder(start, 'key'), { column: 'key', ascending: false });
  });
});

describe('keyboard', () => {
  test('arrows, pages and home/end move within the rows', () => {
    assert.equal(rowAfterKey('ArrowDown', -1, 250), 0);
    assert.equal(rowAfterKey('ArrowDown', 3, 250), 4);
    assert.equal(rowAfterKey('ArrowDown', 249, 250), 249);
    assert.equal(rowAfterKey('ArrowUp', 0, 250), 0);
    assert.equal(rowAfterKey('ArrowUp', 7, 250), 6);
    assert.equal(rowAfterKey('PageDown', 245, 250), 249);
    assert.equal(rowAfterKey('PageUp', 4, 250), 0);
    assert.equal(rowAfterKey('Home', 100, 250), 0);
    assert.equal(rowAfterKey('End', 0, 250), 249);
    assert.equal(rowAfterKey('a', 3, 250), null);
    assert.equal(rowAfterKey('ArrowDown', -1, 0), null);
  });

  test("'/' jumps to search except while typing", () => {
    assert.equal(isSearchShortcut({ key: '/', target: { tagName: 'DIV' } as never }), true);
    assert.equal(isSearchShortcut({ key: '/', target: null }), true);
    assert.equal(isSearchShortcut({ key: '/', target: { tagName: 'INPUT' } as never }), false);
    assert.equal(isSearchShortcut({ key: '/', target: { tagName: 'TEXTAREA' } as never }), false);
    assert.equal(isSearchShortcut({ key: 'a', target: null }), false);
  });
});

describe('value texts', () => {
  test('lists and objects are summarised; missing values explained', () => {
    assert.equal(valueSummary(RESULTS[3]!), '2 types, 3 total');
    assert.equal(valueSummary(RESULTS[7]!), 'false');
    assert.equal(valueSummary(result('x', { status: 'ok' })), 'left out');
    assert.equal(valueSummary(RESULTS[4]!), '—');
    assert.equal(
      valueSummary(
        result('instanceFirstTimeSetupProgress', {
          value: {
            apiKeyConfigured: true,
            applicationConfigured: true,
            emailConfigured: false,
            licenseActivated: false,
          },
        }),
      ),
      '2 of 4 steps done',
    );
  });
});
