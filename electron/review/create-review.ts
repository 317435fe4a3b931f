/**
 * Builds a review record from what the reviewer typed and what the review is about. The
 * payload's hash is computed here, from the payload itself, so a caller cannot bind a
 * decision to a hash it made up; the inspector version is this build's own.
 */
import { InspectorError } from '../../shared/errors.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';
import type { PrivacyCheck } from '../../shared/privacy/types.ts';
import { type RawReviewInput, requireReviewInput } from '../../shared/review/review-input.ts';
import {
  REVIEW_FILE_FORMAT,
  REVIEW_FILE_VERSION,
  type ReviewRecord,
  type ReviewSubject,
} from '../../shared/review/types.ts';
import { payloadSha256 } from '../payload/hash-payload.ts';
import { withoutCredentials } from '../runs/run-file.ts';
import { INSPECTOR_VERSION } from '../version.ts';
import { newReviewId } from './review-id.ts';

export interface ReviewSubjectSource {
  payload: UsagePayload;
  /** The privacy check of this very payload; its verdict is recorded with the decision. */
  privacy: PrivacyCheck;
  /** host:port/database; null when the payload was read from a file. */
  database: string | null;
  /** One line naming the payload, e.g. "collected now from 127.0.0.1:5432/fusionauth". */
  source: string;
  runId?: string | null;
  fusionAuthVersion?: string | null;
}

export function reviewSubject(from: ReviewSubjectSource): ReviewSubject {
  return {
    payloadSha256: payloadSha256(from.payload),
    instanceId: from.payload.instanceId,
    applicationVersion: from.payload.applicationVersion,
    collectionInstant: from.payload.collectionInstant,
    database: from.database === null ? null : withoutCredentials(from.database),
    source: withoutCredentials(from.source),
    runId: from.runId ?? null,
    fusionAuthVersion: from.fusionAuthVersion ?? null,
    privacyStatus: from.privacy.status,
    attentionFindings: from.privacy.counts.attention,
  };
}

export interface CreateReviewOptions {
  /** The review time; tests fix it. */
  now?: Date;
}

/** Throws InspectorError('usage') when the name or the decision is missing. */
export function createReview(
  input: RawReviewInput,
  subject: ReviewSubject,
  options: CreateReviewOptions = {},
): ReviewRecord {
  const typed = requireReviewInput(input);
  if (!/^[0-9a-f]{64}$/.test(subject.payloadSha256)) {
    throw new InspectorError(
      'internal',
      'A review must be bound to the SHA-256 of its payload (64 hex digits).',
    );
  }

  const reviewedAt = options.now ?? new Date();

  return {
    format: REVIEW_FILE_FORMAT,
    formatVersion: REVIEW_FILE_VERSION,
    id: newReviewId(reviewedAt, subject.payloadSha256),
    reviewedAt: reviewedAt.toISOString(),
    inspectorVersion: INSPECTOR_VERSION,
    ...typed,
    ...subject,
  };
}
