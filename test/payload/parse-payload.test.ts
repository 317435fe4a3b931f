/**
 * Bad payload files, one by one (security.md §B7, issue #4 "Bad input"): each is refused with
 * InspectorError('payload-invalid') whose message says what is wrong and where.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { InspectorError } from '../../shared/errors.ts';
import { MAX_PAYLOAD_BYTES } from '../../shared/payload/limits.ts';
import { parsePayload } from '../../shared/payload/parse-payload.ts';
import { samplePayload } from '../support/payload-samples.ts';

function refusal(input: string | Uint8Array): InspectorError {
  try {
    parsePayload(input, { source: 'sample.json' });
  } catch (error) {
    assert.ok(error instanceof InspectorError, `an InspectorError, got ${String(error)}`);
    assert.equal(error.code, 'payload-invalid');

    return error;
  }
  assert.fail('the input was accepted');
}

const valid = JSON.stringify(samplePayload(), null, 2);

describe('accepted input', () => {
  test('a valid payload comes back exactly as written', () => {
    assert.deepEqual(parsePayload(valid), samplePayload());
  });

  test('a UTF-8 byte order mark is dropped, as bytes and as text', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid)]);
    assert.deepEqual(parsePayload(bytes), samplePayload());
    assert.deepEqual(parsePayload(`\uFEFF${valid}`), samplePayload());
  });

  test('keys the catalog does not know may hold any value', () => {
    const payload = { ...samplePayload(), stats: { someFutureStat: { nested: [1, 'two'] } } };
    assert.deepEqual(parsePayload(JSON.stringify(payload)).stats, payload.stats);
  });

  test('top-level keys outside the format are kept, so the diff can show them', () => {
    const payload = { ...samplePayload(), extra: 'sent too' };
    assert.equal(
      (parsePayload(JSON.stringify(payload)) as unknown as typeof payload).extra,
      'sent too',
    );
  });
});

describe('refused before parsing', () => {
  test('an empty file', () => {
    assert.match(refusal(new Uint8Array()).message, /sample\.json is empty \(0 bytes\)/);
  });

  test('only whitespace', () => {
    assert.match(refusal(' \n\t ').message, /no JSON value: the text is empty or only whitespace/);
  });

  test('a file over the size limit is refused by its size, whatever it holds', () => {
    const huge = new Uint8Array(MAX_PAYLOAD_BYTES + 1);
    const error = refusal(huge);
    assert.match(error.message, /is 50\.0 MB; payloads over 50\.0 MB are refused/);
    assert.equal(error.details?.['size'], MAX_PAYLOAD_BYTES + 1);
  });

  test('NUL bytes mean a binary file, and the offset is named', () => {
    const error = refusal(Buffer.from('{"a":\u0000}'));
    assert.match(error.message, /NUL byte at byte offset 5: it is a binary file/);
  });

  test('invalid UTF-8 names the offending byte', () => {
    const bytes = Buffer.concat([Buffer.from('{"stats": "caf'), Buffer.from([0xc3, 0x28])]);
    assert.match(refusal(bytes).message, /not valid UTF-8 text: the byte at offset 15/);
  });

  test('UTF-16 text is named as such', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')]);
    assert.match(refusal(bytes).message, /is UTF-16 text; save it as UTF-8/);
  });
});

describe('syntax errors name line, column and path', () => {
  test('a stray character inside stats', () => {
    const text = '{\n  "stats": {\n    "tenantNumber": 5x\n  }\n}';
    const error = refusal(text);
    assert.match(error.message, /line 3, column 22 \(in stats\.tenantNumber\)/);
    assert.match(error.message, /"," or "}" after a property value was expected, found "x"/);
    assert.deepEqual(
      [error.details?.['line'], error.details?.['column'], error.details?.['path']],
      [3, 22, 'stats.tenantNumber'],
    );
  });

  test('a truncated file says it looks cut off, and where the open object began', () => {
    const error = refusal(valid.slice(0, valid.indexOf('"tenantNumber"') + 20));
    assert.match(error.message, /the text ends inside an object that starts at line \d+/);
    assert.match(error.message, /looks cut off/);
  });

  test('a string cut off in the middle', () => {
    assert.match(
      refusal('{"applicationVersion": "1.6').message,
      /string starts here but never ends/,
    );
  });

  test('trailing commas, single quotes, comments, NaN', () => {
    assert.match(refusal('{"a": [1, 2, ]}').message, /JSON allows no trailing comma/);
    assert.match(refusal("{'a': 1}").message, /property name in double quotes was expected/);
    assert.match(refusal('{"a": /* x */ 1}').message, /JSON allows no comments/);
    assert.match(refusal('{"a": NaN}').message, /NaN and Infinity are not JSON/);
  });

  test('text after the value', () => {
    assert.match(
      refusal(`${valid}\n{}`).message,
      /unexpected "\{" after the end of the JSON value/,
    );
  });

  test('a duplicate key is refused rather than silently keeping one of the two values', () => {
    const error = refusal('{"stats": {"tenantNumber": 1, "tenantNumber": 2}}');
    assert.match(error.message, /the property "tenantNumber" appears twice/);
  });

  test('prototype keys are refused and nothing is polluted', () => {
    assert.match(refusal('{"__proto__": {"polluted": 1}}').message, /"__proto__" is not allowed/);
    assert.match(refusal('{"stats": {"constructor": {}}}').message, /"constructor" is not allowed/);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  test('integers beyond 2^53 are refused instead of being rounded', () => {
    const error = refusal('{"stats": {"tenantNumber": 9007199254740993}}');
    assert.match(error.message, /9007199254740993 is beyond 2\^53 - 1/);
  });

  test('100 000 nested brackets stop at the depth limit, without a stack overflow', () => {
    const error = refusal(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    assert.match(error.message, /nested more than 64 levels deep/);
  });
});

describe('well-formed JSON that is not a payload', () => {
  test('not an object', () => {
    assert.match(refusal('[1, 2]').message, /is a list; a usage payload is a JSON object/);
    assert.match(refusal('"text"').message, /is a string; a usage payload is a JSON object/);
  });

  test('an object with none of the envelope keys', () => {
    assert.match(refusal('{"foo": 1}').message, /has none of the keys of a usage payload/);
  });

  test('a report file is recognised and the right command suggested', () => {
    const report = JSON.stringify({ payload: samplePayload(), database: {} });
    assert.match(refusal(report).message, /looks like an inspector report/);
  });

  test('a missing envelope field is named', () => {
    const partial: Partial<ReturnType<typeof samplePayload>> = samplePayload();
    delete partial.statsVersion;
    assert.match(refusal(JSON.stringify(partial)).message, /statsVersion is missing/);
  });

  test('a wrong type is named by its JSON path, with what was expected', () => {
    const payload = { ...samplePayload(), stats: { ...samplePayload().stats, tenantNumber: '3' } };
    const error = refusal(JSON.stringify(payload));
    assert.match(error.message, /stats\.tenantNumber is a string, a number was expected/);
  });

  test('every problem is listed in the details, in order', () => {
    const payload = {
      ...samplePayload(),
      collectionInstant: -1,
      stats: {
        applicationEnabledIdentityProviders: [{ count: 1, idp: 'Google' }, { idp: 'Google' }],
        instanceFirstTimeSetupProgress: { apiKeyConfigured: 'yes' },
        instanceSearchType: 3,
      },
      timings: { tenantNumber: 1.5 },
    };
    const error = refusal(JSON.stringify(payload));
    const problems = (error.details?.['problems'] as { path: string; problem: string }[]).map(
      (entry) => `${entry.path} ${entry.problem}`,
    );
    assert.deepEqual(problems, [
      'collectionInstant is -1, a number of at least 0 was expected',
      'stats.applicationEnabledIdentityProviders[1].idp repeats "Google", ' +
        'which is already in the list',
      'stats.applicationEnabledIdentityProviders[1].count is missing',
      'stats.instanceFirstTimeSetupProgress.apiKeyConfigured is a string, ' +
        'true or false was expected',
      'stats.instanceFirstTimeSetupProgress.applicationConfigured is missing',
      'stats.instanceFirstTimeSetupProgress.emailConfigured is missing',
      'stats.instanceFirstTimeSetupProgress.licenseActivated is missing',
      'stats.instanceSearchType is a number, a string was expected',
      'timings.tenantNumber is 1.5, a whole number was expected',
    ]);
    assert.match(error.message, /collectionInstant is -1.*\(and 8 more problem\(s\)\)/);
  });
});

test('a payload with thousands of problems counts them all but lists only the first few', () => {
  const stats = Object.fromEntries(
    Array.from({ length: 5000 }, (_, index) => [`tenantNumber${index}`, 1]),
  );
  const timings = Object.fromEntries(Object.keys(stats).map((key) => [key, -1]));
  const error = refusal(JSON.stringify({ ...samplePayload(), stats, timings }));
  assert.equal(error.details?.['problemCount'], 5000);
  assert.equal((error.details?.['problems'] as unknown[]).length, 20);
  assert.match(error.message, /\(and 4999 more problem\(s\)\)/);
});
