/**
 * The top of the report: which instance, which versions, how many stats in each state, and
 * whether FusionAuth would collect usage data right now.
 */
import type { StatStatus } from '../collection/types.ts';
import { payloadByteSize } from '../payload/wire-text.ts';
import type { ReportInputs, ReportSummary } from './types.ts';

const STATUSES: StatStatus[] = [
  'ok',
  'failed',
  'not-applicable',
  'not-requested',
  'unknown-offline',
];

export function reportSummary(inputs: ReportInputs): ReportSummary {
  const { payload, collection } = inputs;
  const database = collection?.database ?? null;
  const optOut = inputs.optOut.available ? inputs.optOut.state : null;

  return {
    instanceId: payload.instanceId,
    applicationVersion: payload.applicationVersion,
    statsVersion: payload.statsVersion,
    fusionAuthVersion: database?.fusionAuthVersion ?? optOut?.fusionAuthVersion ?? null,
    databaseServerVersion: database?.serverVersion ?? null,
    location: inputs.source.database,
    collectedAt: isoOrNull(payload.collectionInstant),
    statCount: Object.keys(payload.stats).length,
    timingCount: Object.keys(payload.timings).length,
    failedStats: payload.failedStats ?? [],
    payloadBytes: payloadByteSize(payload),
    statusCounts: collection === null ? null : countStatuses(collection.results),
    wouldCollect: wouldCollect(inputs),
    window: collection?.window ?? null,
    collectedAll: collection?.collectedAll ?? null,
    warnings: collection?.warnings ?? [],
  };
}

function countStatuses(results: { status: StatStatus }[]): Record<StatStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<
    StatStatus,
    number
  >;
  for (const result of results) {
    counts[result.status] += 1;
  }

  return counts;
}

/** The opt-out reading answers best; the collector's stat-list verdict is the fallback. */
function wouldCollect(inputs: ReportInputs): ReportSummary['wouldCollect'] {
  if (inputs.optOut.available) {
    const { state } = inputs.optOut;

    return { answer: state.wouldCollectNow, reasons: state.wouldCollectReasons };
  }

  const database = inputs.collection?.database;
  if (database !== undefined) {
    const flag =
      database.usageDataEnabled === null
        ? 'The usage-data setting is not stored in the database.'
        : `The usage-data setting is ${database.usageDataEnabled ? 'on' : 'off'}.`;

    return { answer: 'unknown', reasons: [flag, database.statList.verdict] };
  }

  return {
    answer: 'unknown',
    reasons: ['No database was read, so whether FusionAuth would collect now cannot be told.'],
  };
}

function isoOrNull(instant: number): string | null {
  const date = new Date(instant);

  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
