/**
 * The diff of FusionAuth's published 1.55.0 and 1.59.1 payload examples, checked against counts
 * made here independently with plain code over JSON.parse. Skipped without ../shared.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { readPayloadFile } from '../../electron/payload/read-payload-file.ts';
import { diffPayloads } from '../../shared/diff/diff-payloads.ts';
import { isKnownMetric } from '../../shared/catalog/index.ts';
import { SHARED_PRESENT, sharedFixture } from '../support/postgres.ts';

const OLD = sharedFixture('payloads/fusionauth-1.55.0-docs-example.json');
const NEW = sharedFixture('payloads/fusionauth-1.59.1-docs-example.json');
const skip = SHARED_PRESENT ? false : '../shared/fixtures is not present';

test(
  '1.55.0 -> 1.59.1: added, removed and changed match an independent count',
  { skip },
  async () => {
    const oldStats = JSON.parse(readFileSync(OLD, 'utf8')).stats as Record<string, unknown>;
    const newStats = JSON.parse(readFileSync(NEW, 'utf8')).stats as Record<string, unknown>;
    const inOld = (key: string) => Object.hasOwn(oldStats, key);
    const inNew = (key: string) => Object.hasOwn(newStats, key);
    const expected = {
      added: Object.keys(newStats)
        .filter((key) => !inOld(key))
        .sort(),
      removed: Object.keys(oldStats)
        .filter((key) => !inNew(key))
        .sort(),
      // Both files write every object with the same key order, so plain JSON text compares.
      changed: Object.keys(oldStats)
        .filter(
          (key) => inNew(key) && JSON.stringify(oldStats[key]) !== JSON.stringify(newStats[key]),
        )
        .sort(),
    };

    const diff = diffPayloads(await readPayloadFile(OLD), await readPayloadFile(NEW));
    const keysWith = (change: string) =>
      diff.stats.filter((stat) => stat.change === change).map((stat) => stat.key);

    assert.deepEqual(keysWith('added'), expected.added);
    assert.deepEqual(keysWith('removed'), expected.removed);
    assert.deepEqual(keysWith('changed'), expected.changed);
    assert.equal(
      diff.counts.unchanged,
      Object.keys(oldStats).length - expected.removed.length - expected.changed.length,
    );

    // The same numbers, counted once more by a Python one-liner over the two files; they pin
    // the fixtures, so a changed fixture is noticed instead of silently re-counted.
    assert.deepEqual(
      [
        expected.added.length,
        expected.removed.length,
        expected.changed.length,
        diff.counts.unchanged,
      ],
      [38, 2, 1, 181],
    );
    assert.deepEqual(expected.changed, ['instanceLicenseType']);
    assert.deepEqual(expected.removed, ['instanceDailyActiveUsers', 'instanceProxyEnabled']);
  },
);

test('1.55.0 -> 1.59.1: envelope and unknown keys', { skip }, async () => {
  const diff = diffPayloads(await readPayloadFile(OLD), await readPayloadFile(NEW));
  const changed = diff.envelope.filter((field) => field.changed);
  assert.deepEqual(
    changed.map((field) => [field.field, field.oldValue, field.newValue]),
    [
      ['applicationVersion', '1.55.0', '1.59.1'],
      ['statsVersion', '0.1.5', '0.2.0'],
    ],
  );

  const allKeys = new Set(diff.stats.map((stat) => stat.key));
  assert.deepEqual(diff.unknownKeys, [...allKeys].filter((key) => !isKnownMetric(key)).sort());
});
