/**
 * A reviewer's sign-off on one payload: who decided what, when and why, bound to the payload's
 * SHA-256 so the record can never be read as approving a different payload. Plain data, kept
 * as one JSON file per review next to the saved runs, and copied into reports.
 */
import type { PrivacyStatus } from '../privacy/types.ts';

export const REVIEW_DECISIONS = ['approve', 'reject'] as const;

export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const REVIEW_FILE_FORMAT = 'usage-inspector-review';
export const REVIEW_FILE_VERSION = 1;

/** What the reviewer types (the sign-off form, or --reviewer/--decision/--comment). */
export interface ReviewInput {
  reviewer: string;
  decision: ReviewDecision;
  /** Optional; an empty string when none was given. */
  comment: string;
}

/** What the review is about: the payload and where it came from. */
export interface ReviewSubject {
  payloadSha256: string;
  instanceId: string;
  applicationVersion: string;
  collectionInstant: number;
  /** host:port/database or "embedded demo database"; null for a payload read from a file. */
  database: string | null;
  /** One line naming the payload: "collected now from ...", "payload file x.json", "run ID". */
  source: string;
  /** The saved run the payload belongs to, when there is one. */
  runId: string | null;
  fusionAuthVersion: string | null;
  /** The privacy check's verdict at the time of the review. */
  privacyStatus: PrivacyStatus;
  attentionFindings: number;
}

export interface ReviewRecord extends ReviewInput, ReviewSubject {
  format: typeof REVIEW_FILE_FORMAT;
  formatVersion: typeof REVIEW_FILE_VERSION;
  /** 20261203-121800-3f9a2c-<first 16 hex digits of the payload hash>. */
  id: string;
  /** ISO 8601 UTC. */
  reviewedAt: string;
  inspectorVersion: string;
}
