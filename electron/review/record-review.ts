/**
 * Records a reviewer's decision with the run it concerns. What the reviewer typed is checked
 * first, so a refused review leaves nothing behind; a payload collected just now is saved as
 * a run before the review, so the review always sits next to the payload it signs off.
 */
import type { CollectionReport } from '../../shared/collection/types.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';
import type { PrivacyCheck } from '../../shared/privacy/types.ts';
import { type RawReviewInput, requireReviewInput } from '../../shared/review/review-input.ts';
import type { ReviewRecord } from '../../shared/review/types.ts';
import { saveRun } from '../runs/save-run.ts';
import { createReview, reviewSubject } from './create-review.ts';
import { saveReview } from './save-review.ts';

export interface RecordReviewOptions {
  input: RawReviewInput;
  payload: UsagePayload;
  privacy: PrivacyCheck;
  /** host:port/database; null for a payload read from a file. */
  database: string | null;
  source: string;
  fusionAuthVersion: string | null;
  runsDirectory: string;
  /** The saved run holding this payload, if it was saved already. */
  runId?: string | null;
  /** A collection not saved yet: it is saved as a run first. */
  unsavedCollection?: CollectionReport | null;
  now?: Date;
}

export interface RecordedReview {
  review: ReviewRecord;
  path: string;
  /** The run the review is kept with; null for a payload from a file. */
  runId: string | null;
  /** true when this call saved the run. */
  savedRun: boolean;
}

export async function recordReview(options: RecordReviewOptions): Promise<RecordedReview> {
  const input = requireReviewInput(options.input);

  let runId = options.runId ?? null;
  let savedRun = false;
  if (runId === null && options.unsavedCollection) {
    runId = (await saveRun(options.unsavedCollection, options.runsDirectory, { now: options.now }))
      .id;
    savedRun = true;
  }

  const subject = reviewSubject({
    payload: options.payload,
    privacy: options.privacy,
    database: options.database,
    source: options.source,
    runId,
    fusionAuthVersion: options.fusionAuthVersion,
  });
  const saved = await saveReview(
    createReview(input, subject, { now: options.now }),
    options.runsDirectory,
  );

  return { review: saved.record, path: saved.path, runId, savedRun };
}
