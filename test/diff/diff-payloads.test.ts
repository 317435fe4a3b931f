/**
 * The structured diff on small payloads built in code: nothing differs between a payload and
 * itself or a re-ordered copy, and each kind of change is reported the way it should be.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { diffPayloads, isEmptyDiff, statsWithChange } from '../../shared/diff/diff-payloads.ts';
import type { StatDifference } from '../../shared/diff/types.ts';
import { parsePayload } from '../../shared/payload/parse-payload.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';
import { samplePayload, withoutStat, withStats } from '../support/payload-samples.ts';

function statOf(oldPayload: UsagePayload, newPayload: UsagePayload, key: string): StatDifference {
  const stat = diffPayloads(oldPayload, newPayload).stats.find((entry) => entry.key === key);
  assert.ok(stat !== undefined, `the diff lists ${key}`);

  return stat;
}

describe('no difference', () => {
  test('a payload compared with itself', () => {
    const diff = diffPayloads(samplePayload(), samplePayload());
    assert.equal(isEmptyDiff(diff), true);
    assert.deepEqual(diff.counts, { added: 0, removed: 0, changed: 0, unchanged: 5 });
    assert.deepEqual(diff.unknownKeys, []);
  });

  test('key order and whitespace do not matter', () => {
    const payload = samplePayload();
    const reordered = Object.fromEntries(Object.entries(payload).reverse());
    reordered['stats'] = Object.fromEntries(Object.entries(payload.stats).reverse());
    const text = JSON.stringify(reordered, null, 7);
    const diff = diffPayloads(payload, parsePayload(text));
    assert.equal(isEmptyDiff(diff), true);
    assert.equal(diff.counts.unchanged, Object.keys(payload.stats).length);
  });
});

describe('stats', () => {
  test('added and removed stats carry their value', () => {
    const diff = diffPayloads(withoutStat('tenantNumber'), withoutStat('applicationNumber'));
    assert.deepEqual(
      statsWithChange(diff, ['added', 'removed']).map((stat) => [stat.key, stat.change]),
      [
        ['applicationNumber', 'removed'],
        ['tenantNumber', 'added'],
      ],
    );
    assert.equal(statOf(withoutStat('tenantNumber'), samplePayload(), 'tenantNumber').newValue, 3);
    assert.equal(isEmptyDiff(diff), false);
  });

  test('a number that changed has an absolute and a relative change', () => {
    const stat = statOf(samplePayload(), withStats({ applicationNumber: 15 }), 'applicationNumber');
    assert.equal(stat.change, 'changed');
    assert.deepEqual([stat.oldValue, stat.newValue], [12, 15]);
    assert.deepEqual(stat.numeric, { absolute: 3, relative: 0.25 });
  });

  test('a change from 0 has no relative change', () => {
    const stat = statOf(
      withStats({ tenantNumber: 0 }),
      withStats({ tenantNumber: 2 }),
      'tenantNumber',
    );
    assert.deepEqual(stat.numeric, { absolute: 2, relative: null });
  });

  test('a value that changed type is flagged', () => {
    const stat = statOf(samplePayload(), withStats({ tenantNumber: '3' }), 'tenantNumber');
    assert.equal(stat.change, 'changed');
    assert.equal(stat.typeChanged, true);
  });

  test('identity provider lists are compared by idp, whatever the order', () => {
    const newList = [
      { count: 1, idp: 'OpenIDConnect' },
      { count: 5, idp: 'Google' },
      { count: 1, idp: 'SAMLv2' },
    ];
    const key = 'applicationEnabledIdentityProviders';
    const stat = statOf(samplePayload(), withStats({ [key]: newList }), key);
    assert.equal(stat.change, 'changed');
    assert.deepEqual(stat.entries, [
      {
        key: 'Google',
        change: 'changed',
        oldValue: 2,
        newValue: 5,
        numeric: { absolute: 3, relative: 1.5 },
      },
      { key: 'OpenIDConnect', change: 'unchanged', oldValue: 1, newValue: 1 },
      { key: 'SAMLv2', change: 'added', newValue: 1 },
    ]);
  });

  test('the same providers in another order are reported as an order-only change', () => {
    const key = 'applicationEnabledIdentityProviders';
    const reversed = [...(samplePayload().stats[key] as unknown[])].reverse();
    const stat = statOf(samplePayload(), withStats({ [key]: reversed }), key);
    assert.equal(stat.change, 'changed');
    assert.equal(stat.orderOnly, true);
  });

  test('setup progress is compared field by field', () => {
    const key = 'instanceFirstTimeSetupProgress';
    const progress = { ...(samplePayload().stats[key] as object), emailConfigured: true };
    const stat = statOf(samplePayload(), withStats({ [key]: progress }), key);
    assert.deepEqual(
      stat.entries?.filter((entry) => entry.change !== 'unchanged'),
      [{ key: 'emailConfigured', change: 'changed', oldValue: false, newValue: true }],
    );
  });

  test('keys unknown to the catalog are flagged on either side', () => {
    const diff = diffPayloads(withStats({ oldMystery: 1 }), withStats({ newMystery: { a: 1 } }));
    assert.deepEqual(diff.unknownKeys, ['newMystery', 'oldMystery']);
    const known = diff.stats.find((stat) => stat.key === 'tenantNumber');
    assert.deepEqual([known?.known, known?.valueKind], [true, 'count']);
    const unknown = diff.stats.find((stat) => stat.key === 'newMystery');
    assert.deepEqual([unknown?.known, unknown?.valueKind], [false, null]);
  });
});

describe('envelope and timings, apart from the stats', () => {
  test('envelope differences are listed by field, stats untouched', () => {
    const newer = samplePayload({ applicationVersion: '1.61.0', statsVersion: '0.14.0' });
    const diff = diffPayloads(samplePayload(), newer);
    assert.deepEqual(
      diff.envelope
        .filter((field) => field.changed)
        .map((field) => [field.field, field.oldValue, field.newValue]),
      [
        ['applicationVersion', '1.60.2', '1.61.0'],
        ['statsVersion', '0.13.0', '0.14.0'],
      ],
    );
    assert.equal(diff.counts.changed, 0);
  });

  test('failed stats: absent and empty agree; new failures are named', () => {
    const diff = diffPayloads(samplePayload(), samplePayload({ failedStats: [] }));
    assert.equal(isEmptyDiff(diff), true);
    const failing = diffPayloads(
      samplePayload({ failedStats: ['a'] }),
      samplePayload({ failedStats: ['b'] }),
    );
    assert.deepEqual(failing.failedStats, { added: ['b'], removed: ['a'] });
  });

  test('a top-level key outside the payload format is shown as non-standard', () => {
    const odd = { ...samplePayload(), sent: true } as UsagePayload;
    const field = diffPayloads(samplePayload(), odd).envelope.find(
      (entry) => entry.field === 'sent',
    );
    assert.deepEqual(field, { field: 'sent', newValue: true, changed: true, standard: false });
  });

  test('timings are compared separately, with a summary', () => {
    const slower = samplePayload({
      timings: { applicationNumber: 9, tenantNumber: 2, groupNumber: 1 },
    });
    const diff = diffPayloads(samplePayload(), slower);
    assert.equal(diff.counts.changed, 0, 'timings never count as stat changes');
    assert.deepEqual(diff.timings.summary.counts, {
      added: 1,
      removed: 1,
      changed: 1,
      unchanged: 1,
    });
    assert.deepEqual([diff.timings.summary.oldTotalMs, diff.timings.summary.newTotalMs], [7, 12]);
    assert.deepEqual(
      diff.timings.summary.largestIncreases.map((timing) => timing.key),
      ['applicationNumber'],
    );
    assert.equal(isEmptyDiff(diff), false);
  });
});
