/**
 * The Review view's calls: the privacy check of a finished run, the reviews of its payload,
 * a reviewer's sign-off and the exported record. The renderer names the run, never the
 * payload, so a review can only be bound to what the collector produced, and the hash it is
 * bound to is always computed on the main side.
 */
import { z } from 'zod';

import type { PrivacyCheck } from '../../privacy/types.ts';
import type { ReviewRecord } from '../../review/types.ts';
import { carries, defineChannel } from '../define.ts';
import { connectionTargetSchema } from '../target-schema.ts';
import { runIdSchema } from './collection.ts';

export const REPORT_EXPORT_FORMATS = ['html', 'json', 'pdf'] as const;

export type ReportExportFormat = (typeof REPORT_EXPORT_FORMATS)[number];

/** The privacy check of one run's payload and what a review of it would be bound to. */
export interface RunPrivacy {
  /** SHA-256 of the canonical payload, computed by the main side. */
  payloadSha256: string;
  inspectorVersion: string;
  /** host:port/database, or "embedded demo database". */
  database: string;
  fusionAuthVersion: string;
  privacy: PrivacyCheck;
}

export interface RunReviews {
  payloadSha256: string;
  /** Every saved review of this payload, from any run or the command line; newest first. */
  reviews: ReviewRecord[];
  /** Review files that could not be read; listed, never removed. */
  unreadable: Array<{ file: string; problem: string }>;
  /** Where reviews are kept. */
  directory: string;
}

export interface SavedRunReview {
  review: ReviewRecord;
  /** The review file. */
  path: string;
  /** The saved run the review is kept with (saved with the first review of the run). */
  savedRunId: string | null;
}

export type ReportExportResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  /** No file dialog (serve mode): the browser downloads the content itself. */
  | {
      status: 'download';
      fileName: string;
      mediaType: string;
      /** PDF bytes travel as base64; HTML and JSON as text. */
      encoding: 'utf8' | 'base64';
      content: string;
    };

export type PdfExportAvailability = { available: true } | { available: false; reason: string };

/**
 * Generous bounds: they only keep absurd requests out. The review's own limits (and the
 * messages that name them) are in shared/review/review-input.ts, checked by the handler.
 */
const MAX_FIELD_CHARACTERS = 100_000;

export const reviewChannels = {
  checkRunPrivacy: defineChannel(z.strictObject({ runId: runIdSchema }), carries<RunPrivacy>()),
  listRunReviews: defineChannel(z.strictObject({ runId: runIdSchema }), carries<RunReviews>()),
  saveRunReview: defineChannel(
    z.strictObject({
      runId: runIdSchema,
      reviewer: z.string().max(MAX_FIELD_CHARACTERS).optional(),
      decision: z.string().max(MAX_FIELD_CHARACTERS).optional(),
      comment: z.string().max(MAX_FIELD_CHARACTERS).optional(),
    }),
    carries<SavedRunReview>(),
  ),
  exportRunReport: defineChannel(
    z.strictObject({
      runId: runIdSchema,
      /** The connection the run came from: its usage_stats and opt-out state go in too. */
      target: connectionTargetSchema,
      format: z.enum(REPORT_EXPORT_FORMATS),
      /** The review to include; null exports the record without one. */
      reviewId: z.string().max(64).nullable(),
    }),
    carries<ReportExportResult>(),
  ),
  pdfExportAvailability: defineChannel(z.strictObject({}), carries<PdfExportAvailability>()),
};
