/**
 * What a review of one collection run is about: its payload's hash, the privacy check, and
 * the words that name where it came from. Computed the same way for the Review view, the
 * saved review and the exported report, so all three show the same verdict.
 */
import type { CollectionReport } from '../../../shared/collection/types.ts';
import type { RunPrivacy } from '../../../shared/ipc/channels/review.ts';
import type { ReportSource } from '../../../shared/report/types.ts';
import { checkReportPayload } from '../../../shared/report/report-privacy.ts';
import { payloadSha256 } from '../../payload/hash-payload.ts';
import { INSPECTOR_VERSION } from '../../version.ts';

export function runPrivacy(report: CollectionReport): RunPrivacy {
  return {
    payloadSha256: payloadSha256(report.payload),
    inspectorVersion: INSPECTOR_VERSION,
    database: report.database.location,
    fusionAuthVersion: report.database.fusionAuthVersion,
    // The collector always knows whether a license is loaded, so the opt-out state (which
    // the command line also passes) could not change this verdict.
    privacy: checkReportPayload(report.payload, report, null),
  };
}

/** One line naming the payload, as the review file and the report print it. */
export function runSourceLabel(report: CollectionReport): string {
  return `collected in the inspector from ${report.database.location}`;
}

export function runReportSource(report: CollectionReport, savedRunId: string | null): ReportSource {
  return {
    kind: 'collection',
    label: runSourceLabel(report),
    database: report.database.location,
    runId: savedRunId,
  };
}
