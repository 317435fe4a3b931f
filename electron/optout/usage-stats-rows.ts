/**
 * What usage_stats says about collecting and sending: how many payloads FusionAuth stored,
 * how many it marked sent, and when it last did each.
 */
import type { SqlSession } from '../db/session.ts';
import type { SchemaInfo } from '../collector/schema-probe.ts';

export interface UsageStatsSummary {
  tablePresent: boolean;
  rows: number;
  sentRows: number;
  lastCollectedInstant: number | null;
  lastSentInstant: number | null;
}

interface Row {
  total: string | number;
  sent_rows: string | number;
  last_collected: string | number | null;
  last_sent: string | number | null;
}

export async function readUsageStatsSummary(
  session: SqlSession,
  schema: SchemaInfo,
): Promise<UsageStatsSummary> {
  if (!schema.hasTable('usage_stats')) {
    return {
      tablePresent: false,
      rows: 0,
      sentRows: 0,
      lastCollectedInstant: null,
      lastSentInstant: null,
    };
  }

  // "Last sent" is the newest collection marked sent: FusionAuth records no send time.
  const { rows } = await session.query<Row>(
    `SELECT count(*) AS total,
            count(*) FILTER (WHERE sent) AS sent_rows,
            max(collection_instant) AS last_collected,
            max(collection_instant) FILTER (WHERE sent) AS last_sent
     FROM usage_stats`,
  );
  const row = rows[0];

  return {
    tablePresent: true,
    rows: Number(row?.total ?? 0),
    sentRows: Number(row?.sent_rows ?? 0),
    lastCollectedInstant: row?.last_collected == null ? null : Number(row.last_collected),
    lastSentInstant: row?.last_sent == null ? null : Number(row.last_sent),
  };
}
