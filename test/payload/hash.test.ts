/**
 * The payload hash: SHA-256 of the canonical payload, so it ignores key order and whitespace
 * and changes when any value does.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';

import fc from 'fast-check';

import { payloadSha256 } from '../../electron/payload/hash-payload.ts';
import { parsePayload } from '../../shared/payload/parse-payload.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';
import { samplePayload, withStats } from '../support/payload-samples.ts';

/** The same content with the keys of every object in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(reverseKeys);
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).reverse();

    return Object.fromEntries(entries.map(([key, inner]) => [key, reverseKeys(inner)]));
  }

  return value;
}

test('the hash is the SHA-256 of the canonical text: sorted keys, 2 spaces, final newline', () => {
  const value = { b: 1, a: { d: [2, 1], c: 'x' } };
  const canonical =
    '{\n  "a": {\n    "c": "x",\n    "d": [\n      2,\n      1\n    ]\n  },\n  "b": 1\n}\n';
  const expected = createHash('sha256').update(canonical, 'utf8').digest('hex');
  assert.equal(payloadSha256(value as unknown as UsagePayload), expected);
});

test('key order and whitespace do not change the hash', () => {
  const payload = samplePayload();
  const shuffled = parsePayload(JSON.stringify(reverseKeys(payload)));
  const compact = parsePayload(JSON.stringify(payload));
  const spaced = parsePayload(JSON.stringify(payload, null, '\t').replace(/\n/g, '\r\n\n'));
  assert.equal(payloadSha256(shuffled), payloadSha256(payload));
  assert.equal(payloadSha256(compact), payloadSha256(payload));
  assert.equal(payloadSha256(spaced), payloadSha256(payload));
});

test('changing any one value changes the hash', () => {
  const base = payloadSha256(samplePayload());
  const variants: UsagePayload[] = [
    samplePayload({ applicationVersion: '1.60.3' }),
    samplePayload({ collectionInstant: samplePayload().collectionInstant + 1 }),
    samplePayload({ timings: { ...samplePayload().timings, tenantNumber: 3 } }),
    samplePayload({ failedStats: ['tenantNumber'] }),
    withStats({ tenantNumber: 4 }),
    withStats({ instanceSearchType: 'elasticsearch' }),
    withStats({ applicationEnabledIdentityProviders: [{ count: 2, idp: 'Google' }] }),
  ];
  for (const variant of variants) {
    assert.notEqual(payloadSha256(variant), base);
  }
});

test('property: any change to a stat value changes the hash; re-ordering keys never does', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.integer({ min: 0, max: 1_000_000 }),
      (a, b) => {
        const left = withStats({ tenantNumber: a });
        const right = withStats({ tenantNumber: b });
        assert.equal(payloadSha256(left) === payloadSha256(right), a === b);
        assert.equal(payloadSha256(reverseKeys(left) as UsagePayload), payloadSha256(left));
      },
    ),
  );
});
