/**
 * Property tests (fast-check): whatever bytes or text arrive, parsing a payload either returns
 * one or throws InspectorError('payload-invalid'); it never throws anything else, never
 * overflows the stack and stays within the size bound. A failing case prints its seed and
 * path; add it below as a fixed example when one is ever found.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import fc from 'fast-check';

import { InspectorError } from '../../shared/errors.ts';
import { parseJson } from '../../shared/payload/parse-json.ts';
import { parsePayload } from '../../shared/payload/parse-payload.ts';
import { samplePayload } from '../support/payload-samples.ts';

/** A hang guard for the whole test, not a speed assertion. */
const BOUND = { timeout: 120_000 };

const validText = JSON.stringify(samplePayload(), null, 2);
const validBytes = new TextEncoder().encode(validText);

/** Parses, and fails the property on any outcome but a payload or the typed error. */
function parsesOrRefusesCleanly(input: string | Uint8Array): boolean {
  try {
    parsePayload(input, { source: 'fuzz' });

    return true;
  } catch (error) {
    if (!(error instanceof InspectorError) || error.code !== 'payload-invalid') {
      throw new Error(`unexpected ${String(error)}`, { cause: error });
    }
    assert.match(error.message, /^fuzz /, 'the message names the input');

    return false;
  }
}

const FORBIDDEN = /"(__proto__|constructor|prototype)":/;

/** Integers JSON.stringify writes as plain digits but that a double cannot hold exactly. */
function hasUnsafeInteger(value: unknown): boolean {
  if (typeof value === 'number') {
    return Number.isInteger(value) && !Number.isSafeInteger(value) && Math.abs(value) < 1e21;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).some(hasUnsafeInteger);
  }

  return false;
}

describe('malformed input only ever gives the typed error', BOUND, () => {
  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        parsesOrRefusesCleanly(bytes);
      }),
      { numRuns: 2000 },
    );
  });

  test('random text, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        parsesOrRefusesCleanly(text);
      }),
      { numRuns: 2000 },
    );
  });

  test('random JSON of any shape is accepted or refused as not a payload', () => {
    fc.assert(
      fc.property(fc.jsonValue({ depthSize: 'medium' }), (value) => {
        parsesOrRefusesCleanly(JSON.stringify(value));
      }),
      { numRuns: 1000 },
    );
  });

  test('every truncation of a valid payload is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: validBytes.length - 1 }), (length) => {
        assert.equal(parsesOrRefusesCleanly(validBytes.subarray(0, length)), false);
      }),
      { numRuns: 1000 },
    );
  });

  test('byte mutations of a valid payload', () => {
    const mutation = fc.array(
      fc.record({
        at: fc.nat({ max: validBytes.length - 1 }),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(mutation, (changes) => {
        const bytes = validBytes.slice();
        for (const { at, byte } of changes) {
          bytes[at] = byte;
        }
        parsesOrRefusesCleanly(bytes);
      }),
      { numRuns: 2000 },
    );
  });

  test('random values under known and unknown stat keys', () => {
    const key = fc.oneof(
      fc.constantFrom(...Object.keys(samplePayload().stats), 'instanceJavaVersion', 'tenantNumber'),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue({ maxDepth: 4 })), (stats) => {
        parsesOrRefusesCleanly(JSON.stringify({ ...samplePayload(), stats }));
      }),
      { numRuns: 1000 },
    );
  });

  test('deep nesting of any depth is refused past the limit, never a stack overflow', () => {
    const nesting = fc.record({
      depth: fc.integer({ min: 1, max: 200_000 }),
      open: fc.constantFrom('[', '{"a":'),
      closed: fc.boolean(),
    });
    fc.assert(
      fc.property(nesting, ({ depth, open, closed }) => {
        const close = open === '[' ? ']' : '}';
        const text = `${open.repeat(depth)}1${closed ? close.repeat(depth) : ''}`;
        const accepted = parsesOrRefusesCleanly(`{"stats": ${text}}`);
        assert.equal(accepted, false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the strict parser agrees with JSON.parse on what both accept', BOUND, () => {
  test('same value for any JSON text without duplicate or prototype keys', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 10 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        if (FORBIDDEN.test(text) || hasUnsafeInteger(value)) {
          assert.throws(() => parseJson(text, { source: 'fuzz' }), InspectorError);

          return;
        }
        assert.deepEqual(parseJson(text, { source: 'fuzz' }), JSON.parse(text));
      }),
      { numRuns: 2000 },
    );
  });
});
