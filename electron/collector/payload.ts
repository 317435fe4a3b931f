/**
 * Builds the payload as FusionAuth serializes it: top-level keys in alphabetical order,
 * `stats` and `timings` sorted by key, null stats and empty lists left out, timings only for
 * stats that were collected successfully.
 */
import type { StatResult } from '../../shared/collection/types.ts';
import { STATS_VERSION, type StatValue, type UsagePayload } from '../../shared/payload/types.ts';

export interface PayloadHeader {
  applicationVersion: string;
  collectionDuration: number;
  collectionInstant: number;
  instanceId: string;
  results: readonly StatResult[];
}

export function buildPayload(header: PayloadHeader): UsagePayload {
  const stats: Record<string, StatValue> = {};
  const timings: Record<string, number> = {};
  const failedStats: string[] = [];

  // Failed stats keep FusionAuth's collection order; stats and timings are sorted below.
  for (const result of header.results) {
    if (result.status === 'failed') {
      failedStats.push(result.key);
    }
    if (result.status !== 'ok') {
      continue;
    }
    if (result.ms !== null) {
      timings[result.key] = result.ms;
    }
    if (result.value !== null && !(Array.isArray(result.value) && result.value.length === 0)) {
      stats[result.key] = result.value;
    }
  }

  const payload: UsagePayload = {
    applicationVersion: header.applicationVersion,
    collectionDuration: header.collectionDuration,
    collectionInstant: header.collectionInstant,
    instanceId: header.instanceId,
    stats: sortKeys(stats),
    statsVersion: STATS_VERSION,
    timings: sortKeys(timings),
  };

  if (failedStats.length === 0) {
    return payload;
  }

  // FusionAuth stores failed names with the row it sends; the published examples have none.
  const { instanceId, stats: sortedStats, statsVersion, timings: sortedTimings, ...head } = payload;

  return {
    ...head,
    failedStats,
    instanceId,
    stats: sortedStats,
    statsVersion,
    timings: sortedTimings,
  };
}

function sortKeys<Value>(record: Record<string, Value>): Record<string, Value> {
  return Object.fromEntries(
    Object.entries(record).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)),
  );
}
