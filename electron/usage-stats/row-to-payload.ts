/**
 * Rebuilds the wire payload from one `usage_stats` row the way FusionAuth's ingest call does
 * (collector.md §3.3): `stats` and `timings` parsed from their JSON text, `failed_stats` split
 * on ",", the instant and duration as numbers, keys in the serializer's alphabetical order.
 */
import { InspectorError } from '../../shared/errors.ts';
import { parseJsonInput } from '../../shared/payload/parse-payload.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';
import { validatePayload } from '../../shared/payload/validate-payload.ts';
import type { UsageStatsColumns } from './types.ts';

/** "usage_stats row 1720629226097", how messages name a row. */
export function describeRow(columns: Pick<UsageStatsColumns, 'collection_instant'>): string {
  return `usage_stats row ${columns.collection_instant}`;
}

/** The payload as it was (or will be) sent; throws InspectorError('payload-invalid'). */
export function rowToPayload(columns: UsageStatsColumns): UsagePayload {
  const row = describeRow(columns);
  const failedStats = splitFailedStats(columns.failed_stats);
  const payload: Record<string, unknown> = {
    applicationVersion: columns.application_version,
    collectionDuration: integerColumn(columns.collection_duration, row, 'collection_duration'),
    collectionInstant: integerColumn(columns.collection_instant, row, 'collection_instant'),
  };
  if (failedStats.length > 0) {
    payload['failedStats'] = failedStats;
  }
  payload['instanceId'] = columns.instance_id;
  payload['stats'] = parseJsonInput(columns.stats, { source: `${row} (column stats)` });
  payload['statsVersion'] = columns.stats_version;
  payload['timings'] = parseJsonInput(columns.timings, { source: `${row} (column timings)` });

  return validatePayload(payload, row);
}

/** FusionAuth joins failed names with "," and reads them back by splitting (§3.3). */
export function splitFailedStats(text: string | null): string[] {
  if (text === null || text === '') {
    return [];
  }

  return text.split(',').filter((name) => name !== '');
}

export function integerColumn(text: string, row: string, column: string): number {
  const value = Number(text);
  if (!/^-?[0-9]+$/.test(text) || !Number.isSafeInteger(value)) {
    throw new InspectorError(
      'payload-invalid',
      `${row}: column ${column} holds "${text}", which is not a whole number this tool can read.`,
      { column },
    );
  }

  return value;
}

export function sentFlag(value: boolean | string): boolean {
  return value === true || value === 't' || value === 'true' || value === '1';
}
