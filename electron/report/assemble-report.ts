/**
 * Puts a report together from what was read: the payload (collected or from a file), the
 * database context when there is one, and the review when there is one. The hash is computed
 * here from the payload itself, never taken from the caller.
 */
import type { CollectionReport } from '../../shared/collection/types.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';
import type { PrivacyCheck } from '../../shared/privacy/types.ts';
import { buildReportModel } from '../../shared/report/build-report.ts';
import { checkReportPayload } from '../../shared/report/report-privacy.ts';
import type { OptOutSection, ReportModel, ReportSource } from '../../shared/report/types.ts';
import type { ReviewRecord } from '../../shared/review/types.ts';
import { payloadSha256 } from '../payload/hash-payload.ts';
import { INSPECTOR_VERSION } from '../version.ts';
import { lastSentSection } from './last-sent-section.ts';
import type { DatabaseContext } from './read-database-context.ts';

export interface AssembleOptions {
  payload: UsagePayload;
  source: ReportSource;
  /** The collector's report, when the payload was collected. */
  collection?: CollectionReport | null;
  /** usage_stats and the opt-out state, when a database was read. */
  context?: DatabaseContext | null;
  /** The check already shown to the reviewer; computed here when absent. */
  privacy?: PrivacyCheck;
  review?: ReviewRecord | null;
  /** The report time; tests fix it. */
  now?: Date;
}

const NO_DATABASE =
  'no FusionAuth database was read (the payload came from a file), so there is nothing to ' +
  'compare with; run the report with --db or --demo for this section.';

export function assembleReport(options: AssembleOptions): ReportModel {
  const collection = options.collection ?? null;
  const context = options.context ?? null;
  const sha256 = payloadSha256(options.payload);
  const optOut: OptOutSection =
    context === null
      ? { available: false, reason: NO_DATABASE }
      : { available: true, state: context.optOut };

  return buildReportModel({
    generatedAt: (options.now ?? new Date()).toISOString(),
    inspectorVersion: INSPECTOR_VERSION,
    source: options.source,
    payload: options.payload,
    payloadSha256: sha256,
    collection,
    privacy:
      options.privacy ?? checkReportPayload(options.payload, collection, context?.optOut ?? null),
    lastSent: lastSentSection(options.payload, sha256, context?.usageStats ?? null, NO_DATABASE),
    optOut,
    review: options.review ?? null,
  });
}
