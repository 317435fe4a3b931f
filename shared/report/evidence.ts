/**
 * The JSON evidence file: the payload exactly as reviewed, its hash, the privacy check, the
 * review and the report's content, in one file an auditor can keep with a DPIA or a change
 * ticket and check later (evidence-schema.ts describes it; verifyEvidence re-checks it).
 */
import type { CollectionWindow } from '../collection/types.ts';
import type { PayloadDiff } from '../diff/types.ts';
import type { OptOutState } from '../optout/types.ts';
import type { BasicMetricsPayload, UsagePayload } from '../payload/types.ts';
import type { PrivacyCheck } from '../privacy/types.ts';
import type { ReviewRecord } from '../review/types.ts';
import type { MetricRow, ReportModel, ReportSource, ReportSummary } from './types.ts';

export const EVIDENCE_FORMAT = 'usage-inspector-evidence';
export const EVIDENCE_VERSION = 1;

export const HASH_ALGORITHM =
  'SHA-256 of the canonical payload JSON: keys sorted at every level, 2-space indentation, ' +
  'a final newline, encoded as UTF-8';

export interface EvidenceFile {
  format: typeof EVIDENCE_FORMAT;
  formatVersion: typeof EVIDENCE_VERSION;
  generatedAt: string;
  inspectorVersion: string;
  hashAlgorithm: string;
  payloadSha256: string;
  source: ReportSource;
  payload: UsagePayload;
  privacyCheck: PrivacyCheck;
  review: ReviewRecord | null;
  report: {
    summary: ReportSummary;
    metrics: MetricRow[];
    lastSent:
      | {
          available: true;
          label: string;
          sha256: string;
          collectionInstant: number;
          identical: boolean;
          diff: PayloadDiff;
        }
      | { available: false; reason: string };
    optOut: { available: true; state: OptOutState } | { available: false; reason: string };
    basicMetrics: BasicMetricsPayload | null;
    window: CollectionWindow | null;
  };
}

export function buildEvidence(model: ReportModel): EvidenceFile {
  return {
    format: EVIDENCE_FORMAT,
    formatVersion: EVIDENCE_VERSION,
    generatedAt: model.generatedAt,
    inspectorVersion: model.inspectorVersion,
    hashAlgorithm: HASH_ALGORITHM,
    payloadSha256: model.payloadSha256,
    source: model.source,
    payload: model.payload,
    privacyCheck: model.privacy,
    review: model.review,
    report: {
      summary: model.summary,
      metrics: model.metrics,
      lastSent: model.lastSent,
      optOut: model.optOut,
      basicMetrics: model.collection?.basicMetrics ?? null,
      window: model.collection?.window ?? null,
    },
  };
}

/** 2-space JSON with a final newline; the payload keeps its own key order. */
export function evidenceText(evidence: EvidenceFile): string {
  return `${JSON.stringify(evidence, null, 2)}\n`;
}
