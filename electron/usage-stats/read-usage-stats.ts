/**
 * Lists the payloads FusionAuth stored in `usage_stats`, read-only, in one snapshot. A database
 * from before the table existed gets an explanation instead of an error, and a row whose JSON
 * columns cannot be read is listed with its problem instead of failing the listing.
 */
import { isInspectorError } from '../../shared/errors.ts';
import { probeSchema, requireFusionAuth } from '../collector/schema-probe.ts';
import { readFromTarget } from '../db/read-only.ts';
import type { SqlSession } from '../db/session.ts';
import type { DatabaseTarget } from '../db/target.ts';
import { payloadSha256 } from '../payload/hash-payload.ts';
import { parseJsonInput } from '../../shared/payload/parse-payload.ts';
import { rowToPayload, sentFlag, splitFailedStats } from './row-to-payload.ts';
import type { UsageStatsColumns, UsageStatsHistory, UsageStatsRow } from './types.ts';

const COLUMNS = [
  'collection_instant',
  'instance_id',
  'application_version',
  'stats_version',
  'collection_duration',
  'sent',
  'stats',
  'timings',
  'failed_stats',
];

// Casts make pg (int8 as string) and PGlite (int8 as bigint) return the same thing.
const SELECT_ROWS = `SELECT collection_instant::text AS collection_instant,
  instance_id::text AS instance_id, application_version, stats_version,
  collection_duration::text AS collection_duration, sent, stats, timings, failed_stats
FROM usage_stats ORDER BY collection_instant DESC`;

export async function readUsageStats(target: DatabaseTarget): Promise<UsageStatsHistory> {
  return readFromTarget(target, (session) => readUsageStatsFromSession(session));
}

/** The same, inside a transaction the caller already opened. */
export async function readUsageStatsFromSession(session: SqlSession): Promise<UsageStatsHistory> {
  const schema = await probeSchema(session);
  const fusionAuthVersion = await requireFusionAuth(session, schema);
  const base = { location: session.location, fusionAuthVersion };

  if (!schema.hasTable('usage_stats')) {
    return {
      ...base,
      available: false,
      unavailableReason:
        `FusionAuth ${fusionAuthVersion} keeps no usage_stats table, so this database holds no ` +
        'sent or queued payloads to compare with (newer FusionAuth versions store every ' +
        'payload they collect there).',
      rows: [],
    };
  }

  const missing = schema.missing([{ table: 'usage_stats', columns: COLUMNS }]);
  if (missing.length > 0) {
    return {
      ...base,
      available: false,
      unavailableReason:
        `The usage_stats table of FusionAuth ${fusionAuthVersion} lacks ${missing.join(', ')}; ` +
        'its layout is not one this tool knows, so its rows are not read.',
      rows: [],
    };
  }

  const { rows } = await session.query<UsageStatsColumns>(SELECT_ROWS);

  return { ...base, available: true, unavailableReason: null, rows: rows.map(readRow) };
}

/** One listed row; never throws for a bad row, it carries the problem instead. */
export function readRow(columns: UsageStatsColumns): UsageStatsRow {
  const collectionInstant = Number(columns.collection_instant);
  const row: UsageStatsRow = {
    collectionInstant,
    collectedAt: isoOrNull(collectionInstant),
    instanceId: columns.instance_id,
    applicationVersion: columns.application_version,
    statsVersion: columns.stats_version,
    collectionDuration: integerOrNull(columns.collection_duration),
    sent: sentFlag(columns.sent),
    failedStats: splitFailedStats(columns.failed_stats),
    statCount: null,
    payload: null,
    payloadSha256: null,
    problem: null,
  };

  try {
    row.payload = rowToPayload(columns);
    row.payloadSha256 = payloadSha256(row.payload);
    row.statCount = Object.keys(row.payload.stats).length;
  } catch (error) {
    if (!isInspectorError(error)) {
      throw error;
    }
    row.problem = error.message;
    row.statCount = countStatsLeniently(columns.stats);
  }

  return row;
}

/** The number of stats even when another column spoiled the row; null if stats is bad too. */
function countStatsLeniently(stats: string): number | null {
  try {
    const value = parseJsonInput(stats, { source: 'column stats' });

    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.keys(value).length
      : null;
  } catch {
    return null;
  }
}

function integerOrNull(text: string): number | null {
  const value = Number(text);

  return /^-?[0-9]+$/.test(text) && Number.isSafeInteger(value) ? value : null;
}

function isoOrNull(instant: number): string | null {
  const date = new Date(instant);

  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
