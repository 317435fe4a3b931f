/**
 * Keeps a review with the runs: one new file per review in <runs folder>/reviews, never
 * replacing another. A review that names a saved run is refused unless that run holds the
 * very payload the review is bound to.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { InspectorError } from '../../shared/errors.ts';
import { canonicalJson } from '../../shared/payload/canonical.ts';
import type { ReviewRecord } from '../../shared/review/types.ts';
import { loadRun } from '../runs/read-runs.ts';
import { fromReviewFile } from './review-file.ts';
import { newReviewId, reviewFileName } from './review-id.ts';
import { reviewsDirectory } from './reviews-directory.ts';
import { writeExclusively } from '../files/write-exclusive.ts';

export interface SavedReview {
  /** The record as saved; its id may differ from the one given if that id was taken. */
  record: ReviewRecord;
  path: string;
}

/** Ids are random within one second; a clash is retried with a fresh id this many times. */
const ID_ATTEMPTS = 5;

export async function saveReview(
  record: ReviewRecord,
  runsDirectory: string,
): Promise<SavedReview> {
  if (record.runId !== null) {
    await requireMatchingRun(runsDirectory, record);
  }

  const directory = reviewsDirectory(runsDirectory);
  await mkdir(directory, { recursive: true, mode: 0o700 }).catch((error: Error) => {
    throw new InspectorError(
      'file',
      `Cannot create the reviews folder ${directory}: ${error.message}`,
    );
  });

  let candidate = record;
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt += 1) {
    const name = reviewFileName(candidate.id);
    const path = join(directory, name);
    // The same checks a later load makes, before anything is written.
    fromReviewFile(candidate, path, candidate.id);
    const written = await writeExclusively(directory, name, canonicalJson(candidate)).catch(
      (error: Error) => {
        throw new InspectorError('file', `Cannot save the review to ${path}: ${error.message}`);
      },
    );
    if (written) {
      return { record: candidate, path };
    }

    candidate = {
      ...candidate,
      id: newReviewId(new Date(candidate.reviewedAt), candidate.payloadSha256),
    };
  }

  throw new InspectorError(
    'file',
    `Cannot find a free review id in ${directory} after ${ID_ATTEMPTS} attempts.`,
  );
}

async function requireMatchingRun(runsDirectory: string, record: ReviewRecord): Promise<void> {
  const run = await loadRun(runsDirectory, record.runId as string);
  if (run.summary.payloadSha256 !== record.payloadSha256) {
    throw new InspectorError(
      'usage',
      `The review is bound to payload ${record.payloadSha256}, but run ${record.runId} holds ` +
        `payload ${run.summary.payloadSha256}; it was not saved.`,
    );
  }
}
