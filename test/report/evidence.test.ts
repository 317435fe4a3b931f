/**
 * The JSON evidence file: it validates against its JSON Schema (checked with Ajv) and passes
 * verification, while broken copies do not. And the hash it carries ignores key order and
 * whitespace but changes when any single value does.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';

import { Ajv } from 'ajv';

import { assembleReport } from '../../electron/report/assemble-report.ts';
import { reportText } from '../../electron/report/export-report.ts';
import { evidenceSchemaProblems, verifyEvidence } from '../../electron/report/verify-evidence.ts';
import { parsePayload } from '../../shared/payload/parse-payload.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';
import { EVIDENCE_SCHEMA } from '../../shared/report/evidence-schema.ts';
import { buildEvidence, type EvidenceFile } from '../../shared/report/evidence.ts';
import { SHARED_PRESENT, sharedFixture } from '../support/postgres.ts';
import { samplePayload } from '../support/payload-samples.ts';
import { demoModel, fileModel } from './support/report-models.ts';

/** A deep copy as JSON would round-trip it, so tests can break it freely. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

let demoEvidence: EvidenceFile;

before(async () => {
  demoEvidence = copy(buildEvidence(await demoModel()));
});

describe('a written evidence file', () => {
  test('validates against its schema and verifies (collected, with a review)', () => {
    assert.deepEqual(evidenceSchemaProblems(demoEvidence), []);
    assert.deepEqual(verifyEvidence(demoEvidence), { valid: true, problems: [] });
    assert.equal(demoEvidence.review?.decision, 'approve');
    assert.equal(demoEvidence.report.metrics.length, 244);
  });

  test('validates for a payload file with findings, too', () => {
    const evidence = JSON.parse(reportText(fileModel(), 'json'));

    assert.deepEqual(verifyEvidence(evidence), { valid: true, problems: [] });
    assert.equal(evidence.privacyCheck.status, 'needs-attention');
    assert.equal(evidence.report.lastSent.available, false);
  });

  test('the schema is valid draft-07 for any validator, not only this one', () => {
    const strict = new Ajv({ strict: false, validateSchema: true });

    assert.equal(strict.validateSchema(EVIDENCE_SCHEMA), true);
  });
});

describe('a broken evidence file does not validate', () => {
  const breakages: [string, (evidence: EvidenceFile) => void, RegExp][] = [
    ['the review is missing', (e) => delete (e as Partial<EvidenceFile>).review, /review/],
    [
      'a decision other than approve or reject',
      (e) => ((e.review as { decision: string }).decision = 'maybe'),
      /decision/,
    ],
    ['an empty reviewer name', (e) => (e.review!.reviewer = ' '), /reviewer/],
    ['a hash that is not SHA-256', (e) => (e.payloadSha256 = 'abc'), /payloadSha256/],
    [
      'an unknown top-level field',
      (e) => ((e as unknown as Record<string, unknown>).x = 1),
      /additional/,
    ],
    [
      'a finding with an unknown rule',
      (e) => e.privacyCheck.findings.push({ ...e.privacyCheck.findings[0]!, rule: 'gut' as never }),
      /rule/,
    ],
    ['a negative timing', (e) => (e.payload.timings['tenantNumber'] = -1), /timings/],
  ];

  for (const [what, breakIt, where] of breakages) {
    test(what, () => {
      const evidence = copy(demoEvidence);
      breakIt(evidence);
      const verdict = verifyEvidence(evidence);

      assert.equal(verdict.valid, false);
      assert.match(verdict.problems.join('\n'), where);
    });
  }

  test('a payload changed after writing no longer matches its hash', () => {
    const evidence = copy(demoEvidence);
    evidence.payload.stats['tenantNumber'] = 999;
    const verdict = verifyEvidence(evidence);

    assert.equal(verdict.valid, false);
    assert.match(verdict.problems.join('\n'), /was changed after the file was written/);
  });

  test('a review bound to another payload is refused', () => {
    const evidence = copy(demoEvidence);
    evidence.review!.payloadSha256 = 'f'.repeat(64);

    assert.match(verifyEvidence(evidence).problems.join('\n'), /review is bound to payload f{64}/);
  });

  test('a privacy verdict edited to "pass" over a payload with findings is caught', () => {
    const evidence = JSON.parse(reportText(fileModel(), 'json')) as EvidenceFile;
    evidence.privacyCheck.status = 'pass';

    assert.match(verifyEvidence(evidence).problems.join('\n'), /checks as "needs-attention"/);
  });
});

describe('the payload hash', () => {
  /** The same content with every object's keys in reverse order. */
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

  function hashOf(payload: UsagePayload): string {
    return assembleReport({
      payload,
      source: { kind: 'payload-file', label: 'test', database: null, runId: null },
    }).payloadSha256;
  }

  function genuine(): UsagePayload {
    if (!SHARED_PRESENT) {
      return samplePayload();
    }

    const file = sharedFixture('payloads/fusionauth-1.59.1-docs-example.json');

    return parsePayload(readFileSync(file, 'utf8'));
  }

  test('is the same whatever the key order and whitespace of the file', () => {
    const payload = genuine();
    const compact = parsePayload(JSON.stringify(payload));
    const reordered = parsePayload(JSON.stringify(reverseKeys(payload), null, '\t'));
    const spaced = parsePayload(`\n  ${JSON.stringify(payload, null, 7)}  \n\n`);

    assert.equal(hashOf(reordered), hashOf(compact));
    assert.equal(hashOf(spaced), hashOf(compact));
    assert.notDeepEqual(Object.keys(reordered.stats), Object.keys(compact.stats));
  });

  test('changes when any single value changes', () => {
    const payload = genuine();
    const original = hashOf(payload);
    const seen = new Set([original]);
    const stats = payload.stats as Record<string, unknown>;

    for (const key of Object.keys(stats)) {
      const changed = copy(payload);
      const values = changed.stats as Record<string, unknown>;
      values[key] = alter(values[key]);
      const hash = hashOf(changed);
      assert.notEqual(hash, original, `changing stats.${key} must change the hash`);
      seen.add(hash);
    }
    for (const field of ['collectionInstant', 'collectionDuration', 'instanceId'] as const) {
      const changed = copy(payload);
      (changed as unknown as Record<string, unknown>)[field] = alter(changed[field]);
      assert.notEqual(hashOf(changed), original, `changing ${field} must change the hash`);
    }

    assert.equal(seen.size, Object.keys(stats).length + 1);
  });

  /** A different value of the same type: +1, not, a character more, one count more. */
  function alter(value: unknown): unknown {
    if (typeof value === 'number') {
      return value + 1;
    }
    if (typeof value === 'boolean') {
      return !value;
    }
    if (typeof value === 'string') {
      return `${value}x`;
    }
    if (Array.isArray(value)) {
      return value.map((entry, index) =>
        index === 0 ? { ...entry, count: entry.count + 1 } : entry,
      );
    }

    const flags = { ...(value as Record<string, boolean>) };
    const first = Object.keys(flags)[0] as string;
    flags[first] = !flags[first];

    return flags;
  }
});
