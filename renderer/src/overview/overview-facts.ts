/**
 * The numbers at the top of the inspector, computed from one report.
 */
import type { CollectionReport, StatStatus } from '../../../shared/collection/types.ts';
import { payloadByteSize } from '../../../shared/payload/wire-text.ts';

export interface OverviewFacts {
  statusCounts: Record<StatStatus, number>;
  /** Stats FusionAuth's own stat list asks for. */
  requested: number;
  /** Stats with a value in the payload. */
  inPayload: number;
  totalQueryMs: number;
  payloadBytes: number;
  /** Whether FusionAuth's collector would run now: switched on, and a fresh stat list. */
  wouldCollectNow: boolean;
  /** Why, in one sentence. */
  collectVerdict: string;
}

export function overviewFacts(report: CollectionReport): OverviewFacts {
  const statusCounts: Record<StatStatus, number> = {
    ok: 0,
    failed: 0,
    'not-applicable': 0,
    'unknown-offline': 0,
    'not-requested': 0,
  };
  for (const result of report.results) {
    statusCounts[result.status] += 1;
  }

  const list = report.database.statList;
  const enabled = report.database.usageDataEnabled;

  return {
    statusCounts,
    requested: report.results.filter((result) => result.requested).length,
    inPayload: Object.keys(report.payload.stats).length,
    totalQueryMs: report.totalQueryMs,
    payloadBytes: payloadByteSize(report.payload),
    wouldCollectNow: enabled === true && list.present && list.fresh,
    collectVerdict: collectVerdict(enabled, list.verdict),
  };
}

function collectVerdict(enabled: boolean | null, listVerdict: string): string {
  if (enabled === false) {
    return 'FusionAuth would collect nothing: usage data is switched off in system_configuration.';
  }

  if (enabled === null) {
    return (
      'FusionAuth would collect nothing: system_configuration does not set ' +
      'usageDataConfiguration.enabled, and FusionAuth then treats it as off.'
    );
  }

  return listVerdict;
}
