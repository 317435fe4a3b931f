/**
 * Reviews: refused without a name or a decision (and then nothing is saved), bound to the
 * payload's hash, kept in the runs folder's reviews/ next to the run, and never overwritten:
 * reviews of two payloads, or two reviews of one, all survive.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import type { CollectionReport } from '../../shared/collection/types.ts';
import { InspectorError } from '../../shared/errors.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';
import { checkPayload } from '../../shared/privacy/check-payload.ts';
import { reviewInputProblems } from '../../shared/review/review-input.ts';
import { payloadSha256 } from '../../electron/payload/hash-payload.ts';
import { createReview, reviewSubject } from '../../electron/review/create-review.ts';
import { listReviews, loadReview } from '../../electron/review/read-reviews.ts';
import { recordReview } from '../../electron/review/record-review.ts';
import { saveReview } from '../../electron/review/save-review.ts';
import { listRuns } from '../../electron/runs/read-runs.ts';
import { saveRun } from '../../electron/runs/save-run.ts';
import { INSPECTOR_VERSION } from '../../electron/version.ts';
import { samplePayload, withStats } from '../support/payload-samples.ts';

const root = mkdtempSync(join(tmpdir(), 'usage-inspector-reviews-'));
after(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
function freshRunsFolder(): string {
  folders += 1;

  return join(root, `runs-${folders}`);
}

function subjectOf(payload: UsagePayload, runId: string | null = null) {
  return reviewSubject({
    payload,
    privacy: checkPayload(payload),
    database: 'fa:secret@127.0.0.1:5432/fusionauth',
    source: 'collected now from 127.0.0.1:5432/fusionauth',
    runId,
    fusionAuthVersion: '1.60.2',
  });
}

function collection(payload: UsagePayload): CollectionReport {
  return {
    inspectorVersion: INSPECTOR_VERSION,
    payload,
    basicMetrics: null,
    results: [],
    database: { engine: 'postgresql', fusionAuthVersion: '1.60.2', location: '127.0.0.1/fa' },
    window: { today: '2025-12-01', timezone: 'UTC', cutoff: 20416 },
    collectedAll: false,
    totalQueryMs: 1,
    estimatedFusionAuthDurationMs: 2000,
    warnings: [],
  } as unknown as CollectionReport;
}

function isUsageError(error: unknown): boolean {
  return error instanceof InspectorError && error.code === 'usage';
}

describe('a review needs a name and a decision', () => {
  const subject = subjectOf(samplePayload());

  test('without a name it is refused with a usage error that says so', () => {
    for (const reviewer of [undefined, '', '   ']) {
      assert.throws(
        () => createReview({ reviewer, decision: 'approve' }, subject),
        (error: unknown) => isUsageError(error) && /reviewer's name is missing/.test(String(error)),
      );
    }
  });

  test('without a decision, or with another word, it is refused', () => {
    assert.throws(
      () => createReview({ reviewer: 'Ada' }, subject),
      (error: unknown) => isUsageError(error) && /decision is missing/.test(String(error)),
    );
    assert.throws(
      () => createReview({ reviewer: 'Ada', decision: 'maybe' }, subject),
      (error: unknown) => isUsageError(error) && /approve or reject/.test(String(error)),
    );
  });

  test('every problem is named at once, for the sign-off form', () => {
    assert.deepEqual(reviewInputProblems({}).length, 2);
    assert.deepEqual(reviewInputProblems({ reviewer: 'Ada', decision: 'reject' }), []);
  });

  test('a refused review saves nothing, not even the run it would be kept with', async () => {
    const folder = freshRunsFolder();
    const payload = samplePayload();
    await assert.rejects(
      recordReview({
        input: { reviewer: 'Ada' },
        payload,
        privacy: checkPayload(payload),
        database: null,
        source: 'test',
        fusionAuthVersion: null,
        runsDirectory: folder,
        unsavedCollection: collection(payload),
      }),
      isUsageError,
    );

    assert.deepEqual((await listRuns(folder)).runs, []);
    assert.deepEqual((await listReviews(folder)).reviews, []);
  });
});

describe('what a review records', () => {
  test('the hash of the canonical payload, the inspector version, the database, the time', () => {
    const payload = samplePayload();
    const now = new Date('2026-12-03T12:18:00.000Z');
    const review = createReview(
      { reviewer: '  Ada Lovelace ', decision: 'approve', comment: 'Counts only.' },
      subjectOf(payload),
      { now },
    );

    assert.equal(review.payloadSha256, payloadSha256(payload));
    assert.equal(review.inspectorVersion, INSPECTOR_VERSION);
    assert.equal(review.reviewer, 'Ada Lovelace');
    assert.equal(review.reviewedAt, now.toISOString());
    // The password-bearing part of a location never reaches the record.
    assert.equal(review.database, '127.0.0.1:5432/fusionauth');
    assert.equal(review.privacyStatus, 'pass');
    assert.match(
      review.id,
      new RegExp(`^20261203-121800-[0-9a-f]{6}-${review.payloadSha256.slice(0, 16)}$`),
    );
  });
});

describe('keeping reviews', () => {
  test('two reviews of two payloads both survive, each bound to its own payload', async () => {
    const folder = freshRunsFolder();
    const first = samplePayload();
    const second = withStats({ tenantNumber: 4 });
    const now = new Date('2026-12-03T12:00:00.000Z');

    const a = await saveReview(
      createReview({ reviewer: 'Ada', decision: 'approve' }, subjectOf(first), { now }),
      folder,
    );
    const b = await saveReview(
      createReview({ reviewer: 'Grace', decision: 'reject' }, subjectOf(second), { now }),
      folder,
    );

    assert.notEqual(a.path, b.path);
    const listing = await listReviews(folder);
    assert.equal(listing.reviews.length, 2);
    assert.deepEqual(listing.unreadable, []);
    const byHash = await listReviews(folder, { payloadSha256: payloadSha256(second) });
    assert.deepEqual(
      byHash.reviews.map((review) => [review.reviewer, review.decision]),
      [['Grace', 'reject']],
    );
    assert.equal((await loadReview(folder, a.record.id)).reviewer, 'Ada');
  });

  test('the same record saved twice gets a second file, the first untouched', async () => {
    const folder = freshRunsFolder();
    const review = createReview(
      { reviewer: 'Ada', decision: 'approve' },
      subjectOf(samplePayload()),
    );

    const first = await saveReview(review, folder);
    const firstText = readFileSync(first.path, 'utf8');
    const second = await saveReview({ ...review, comment: 'changed my mind' }, folder);

    assert.notEqual(second.record.id, first.record.id);
    assert.equal(readFileSync(first.path, 'utf8'), firstText);
    assert.equal((await listReviews(folder)).reviews.length, 2);
  });

  test('a collected payload is saved as a run and the review is kept with it', async () => {
    const folder = freshRunsFolder();
    const payload = samplePayload();
    const recorded = await recordReview({
      input: { reviewer: 'Ada', decision: 'approve' },
      payload,
      privacy: checkPayload(payload),
      database: '127.0.0.1/fa',
      source: 'collected now',
      fusionAuthVersion: '1.60.2',
      runsDirectory: folder,
      unsavedCollection: collection(payload),
    });

    const runs = await listRuns(folder);
    assert.equal(recorded.savedRun, true);
    assert.deepEqual(
      runs.runs.map((run) => run.id),
      [recorded.runId],
    );
    // The reviews folder sits among the runs without being mistaken for a damaged run.
    assert.deepEqual(runs.unreadable, []);
    assert.ok(readdirSync(folder).includes('reviews'));
    assert.deepEqual((await listReviews(folder, { runId: recorded.runId! })).reviews.length, 1);
  });

  test('a review naming a run that holds another payload is refused', async () => {
    const folder = freshRunsFolder();
    const saved = await saveRun(collection(samplePayload()), folder);
    const other = withStats({ tenantNumber: 99 });

    await assert.rejects(
      saveReview(
        createReview({ reviewer: 'Ada', decision: 'approve' }, subjectOf(other, saved.id)),
        folder,
      ),
      (error: unknown) => isUsageError(error) && /holds payload/.test(String(error)),
    );
    assert.deepEqual((await listReviews(folder)).reviews, []);
  });

  test('a damaged review file is listed as unreadable, never removed', async () => {
    const folder = freshRunsFolder();
    const saved = await saveReview(
      createReview({ reviewer: 'Ada', decision: 'approve' }, subjectOf(samplePayload())),
      folder,
    );
    const record = JSON.parse(readFileSync(saved.path, 'utf8'));
    writeFileSync(saved.path, JSON.stringify({ ...record, decision: 'perhaps' }));

    const listing = await listReviews(folder);
    assert.deepEqual(listing.reviews, []);
    assert.equal(listing.unreadable.length, 1);
    assert.match(listing.unreadable[0]?.problem ?? '', /decision/);
    assert.ok(readdirSync(join(folder, 'reviews')).length === 1);
  });
});
