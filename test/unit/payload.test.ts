import assert from 'node:assert/strict';
import { test } from 'node:test';

import { buildPayload } from '../../electron/collector/payload.ts';
import { planCollection } from '../../electron/collector/plan.ts';
import type { StatListFacts, StatResult } from '../../shared/collection/types.ts';

function result(key: string, status: StatResult['status'], value: StatResult['value']): StatResult {
  const timed = status === 'ok';

  return {
    key,
    status,
    value,
    ms: timed ? 3 : null,
    preciseMs: timed ? 3.2 : null,
    requested: true,
    listPosition: null,
  };
}

const header = {
  applicationVersion: '1.60.2',
  collectionDuration: 12,
  collectionInstant: 1_760_000_000_000,
  instanceId: '9a632006-60f5-3254-ad99-859ab32b6330',
};

test('stats and timings are sorted; nulls and empty lists are left out but keep a timing', () => {
  const payload = buildPayload({
    ...header,
    results: [
      result('tenantNumber', 'ok', 2),
      result('applicationNumber', 'ok', 3),
      result('instanceElasticsearchVersion', 'ok', null),
      result('applicationEnabledIdentityProviders', 'ok', []),
      result('mfaSuccess', 'not-applicable', null),
      result('instanceJavaVersion', 'unknown-offline', null),
    ],
  });

  assert.deepEqual(Object.keys(payload), [
    'applicationVersion',
    'collectionDuration',
    'collectionInstant',
    'instanceId',
    'stats',
    'statsVersion',
    'timings',
  ]);
  assert.deepEqual(payload.stats, { applicationNumber: 3, tenantNumber: 2 });
  assert.deepEqual(Object.keys(payload.timings), [
    'applicationEnabledIdentityProviders',
    'applicationNumber',
    'instanceElasticsearchVersion',
    'tenantNumber',
  ]);
  assert.equal(payload.statsVersion, '0.13.0');
});

test('failed stats are listed in collection order and get no timing', () => {
  const payload = buildPayload({
    ...header,
    results: [
      result('zeta', 'failed', null),
      result('applicationNumber', 'ok', 1),
      result('alpha', 'failed', null),
    ],
  });

  assert.deepEqual(payload.failedStats, ['zeta', 'alpha']);
  assert.deepEqual(Object.keys(payload.timings), ['applicationNumber']);
  assert.deepEqual(Object.keys(payload).indexOf('failedStats'), 3);
});

function list(names: string[], present = true): StatListFacts {
  return {
    present,
    names,
    lastCheckedInstant: 0,
    lastModifiedInstant: 0,
    fresh: true,
    unknownNames: [],
    verdict: '',
  };
}

test('the plan follows the remote list in order; the rest is not requested', () => {
  const plan = planCollection(
    list(['tenantNumber', 'organizationAdminTenantNumber', 'atdIpAcls']),
    false,
  );
  const collected = plan.filter((item) => item.collect).map((item) => item.metric.key);

  assert.deepEqual(collected, ['tenantNumber', 'atdIpAcls']);
  assert.equal(plan.length, 244);
  assert.deepEqual(
    plan.slice(0, 2).map((item) => item.listPosition),
    [0, 2],
  );
  assert.equal(plan.find((item) => item.metric.key === 'applicationNumber')?.requested, false);
});

test('--all, or no list at all, collects everything; requested still follows the list', () => {
  const all = planCollection(list(['tenantNumber']), true);
  assert.equal(all.filter((item) => item.collect).length, 244);
  assert.equal(all.filter((item) => item.requested).length, 1);

  const none = planCollection(list([], false), false);
  assert.equal(none.filter((item) => item.collect).length, 244);
  assert.equal(none.filter((item) => item.requested).length, 0);
});
