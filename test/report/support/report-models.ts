/**
 * Report models for the tests: one from the embedded demo database (collected, with the
 * last sent payload and the opt-out state), and one from a payload file with hostile text
 * planted in it, as a user could hand the CLI.
 */
import { collect } from '../../../electron/collector/collect.ts';
import { assembleReport } from '../../../electron/report/assemble-report.ts';
import { readDatabaseContext } from '../../../electron/report/read-database-context.ts';
import { createReview, reviewSubject } from '../../../electron/review/create-review.ts';
import type { UsagePayload } from '../../../shared/payload/types.ts';
import { checkReportPayload } from '../../../shared/report/report-privacy.ts';
import type { ReportModel } from '../../../shared/report/types.ts';
import { withStats } from '../../support/payload-samples.ts';

export const FIXED_NOW = new Date('2026-12-03T12:00:00.000Z');

/** The demo, collected on a fixed day, reviewed and approved. */
export async function demoModel(): Promise<ReportModel> {
  const target = { kind: 'demo' } as const;
  const collection = await collect(target, { today: '2026-12-03' });
  const context = await readDatabaseContext(target);
  const privacy = checkReportPayload(collection.payload, collection, context.optOut);
  const source = {
    kind: 'collection' as const,
    label: `collected now from ${collection.database.location}`,
    database: collection.database.location,
    runId: null,
  };
  const review = createReview(
    { reviewer: 'Ada Lovelace', decision: 'approve', comment: 'Counts and versions only.' },
    reviewSubject({
      payload: collection.payload,
      privacy,
      database: source.database,
      source: source.label,
      fusionAuthVersion: collection.database.fusionAuthVersion,
    }),
    { now: FIXED_NOW },
  );

  return assembleReport({
    payload: collection.payload,
    source,
    collection,
    context,
    privacy,
    review,
    now: FIXED_NOW,
  });
}

/** Markup that must come out as text wherever it lands in the report. */
export const HOSTILE = {
  key: '<img src=x onerror=alert(1)>',
  value: '</pre><script>alert(2)</script>',
  reviewer: '<b>Eve</b> & "friends"',
  comment: '"><svg onload=alert(3)>',
  label: 'payload file <iframe src=https://example.com>',
};

export function hostilePayload(): UsagePayload {
  return withStats({
    [HOSTILE.key]: 1,
    tenantNote: HOSTILE.value,
    instanceSearchType: 'ops@example.com',
  });
}

/** A payload read from a file: no collection, no database, a rejecting review. */
export function fileModel(payload: UsagePayload = hostilePayload()): ReportModel {
  const privacy = checkReportPayload(payload, null, null);
  const source = {
    kind: 'payload-file' as const,
    label: HOSTILE.label,
    database: null,
    runId: null,
  };
  const review = createReview(
    { reviewer: HOSTILE.reviewer, decision: 'reject', comment: HOSTILE.comment },
    reviewSubject({ payload, privacy, database: null, source: source.label }),
    { now: FIXED_NOW },
  );

  return assembleReport({ payload, source, privacy, review, now: FIXED_NOW });
}
