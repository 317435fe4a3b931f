/**
 * The payloads FusionAuth itself stored in `usage_stats` (1.60+ schemas, collector.md §3.3):
 * one row per collection run, `sent` set after the stats server accepted it.
 */
import type { UsagePayload } from '../../shared/payload/types.ts';

/** The columns as read (bigints and the uuid cast to text, so every driver agrees). */
export interface UsageStatsColumns {
  collection_instant: string;
  instance_id: string;
  application_version: string;
  stats_version: string;
  collection_duration: string;
  sent: boolean | string;
  stats: string;
  timings: string;
  failed_stats: string | null;
}

export interface UsageStatsRow {
  /** Epoch milliseconds; the table's primary key. */
  collectionInstant: number;
  /** The same instant as ISO 8601 UTC, or null when it is out of the Date range. */
  collectedAt: string | null;
  instanceId: string;
  applicationVersion: string;
  statsVersion: string;
  collectionDuration: number | null;
  /** true once the stats server answered 2xx; false means queued for the next send cycle. */
  sent: boolean;
  failedStats: string[];
  /** Number of keys in the stats column; null when that column is not valid JSON. */
  statCount: number | null;
  /** The wire payload rebuilt from the row, or null when the row cannot be read as one. */
  payload: UsagePayload | null;
  payloadSha256: string | null;
  /** Why `payload` is null: the column and the JSON problem. */
  problem: string | null;
}

export interface UsageStatsHistory {
  /** host:port/database, never with credentials. */
  location: string;
  fusionAuthVersion: string;
  /** false when this FusionAuth version has no usage_stats table (or an unknown layout). */
  available: boolean;
  /** Why there is nothing to list, when `available` is false. */
  unavailableReason: string | null;
  /** Newest first. */
  rows: UsageStatsRow[];
}
