/**
 * usage_stats rows for tests: the 1.60.2 layout (collector.md §3.3), a minimal FusionAuth-like
 * schema for databases made without ../shared, and an insert that writes rows the way
 * FusionAuth's database mapper does (compact JSON, sorted keys, failed names joined by ",").
 * Only the tests' own databases are ever written.
 */
import pg from 'pg';

import { canonicalize } from '../../shared/payload/canonical.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';
import { adminUrl } from './postgres.ts';

/** The table exactly as the 1.60.2 dump creates it, primary key included. */
export const USAGE_STATS_DDL = `CREATE TABLE usage_stats (
  application_version character varying(255) NOT NULL,
  instance_id uuid NOT NULL,
  collection_duration bigint NOT NULL,
  collection_instant bigint NOT NULL,
  failed_stats text,
  sent boolean NOT NULL,
  stats text NOT NULL,
  stats_version character varying(255) NOT NULL,
  timings text NOT NULL,
  CONSTRAINT usage_stats_pkey PRIMARY KEY (collection_instant)
);`;

/** The few tables the inspector checks before it calls a database FusionAuth's. */
export const MINIMAL_FUSIONAUTH_DDL = `
CREATE TABLE version (version character varying(255) NOT NULL);
INSERT INTO version VALUES ('1.60.2');
CREATE TABLE instance (id uuid NOT NULL);
INSERT INTO instance VALUES ('9a632006-60f5-3254-ad99-859ab32b6330');
CREATE TABLE tenants (id uuid NOT NULL);
CREATE TABLE applications (id uuid NOT NULL);
CREATE TABLE system_configuration (data text NOT NULL);`;

export interface StoredRow {
  payload: UsagePayload;
  sent: boolean;
  /** Replaces the stats column text, to store something that is not valid JSON. */
  rawStats?: string;
}

export async function insertUsageStatsRows(database: string, rows: StoredRow[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(database) });
  await client.connect();
  try {
    for (const { payload, sent, rawStats } of rows) {
      await client.query(
        `INSERT INTO usage_stats (application_version, instance_id, collection_duration,
           collection_instant, failed_stats, sent, stats, stats_version, timings)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          payload.applicationVersion,
          payload.instanceId,
          payload.collectionDuration,
          payload.collectionInstant,
          payload.failedStats === undefined ? null : payload.failedStats.join(','),
          sent,
          rawStats ?? JSON.stringify(canonicalize(payload.stats)),
          payload.statsVersion,
          JSON.stringify(canonicalize(payload.timings)),
        ],
      );
    }
  } finally {
    await client.end();
  }
}

/** What the table holds, to show that reading it changed nothing. */
export async function tableSnapshot(database: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl(database) });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT collection_instant::text, sent, stats, timings FROM usage_stats ORDER BY 1',
    );

    return JSON.stringify(rows);
  } finally {
    await client.end();
  }
}
