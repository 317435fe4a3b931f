/**
 * Earlier inspector runs, kept in the app's data folder so a later run can be compared with
 * them. One JSON file per run, named by its id; nothing is ever pruned without the user asking.
 */
import type { CollectionReport } from '../../shared/collection/types.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';

export const RUN_FILE_FORMAT = 'usage-inspector-run';
export const RUN_FILE_VERSION = 1;

/** What a run file holds. The payload is the report's own `payload`, stored once. */
export interface RunFile {
  format: typeof RUN_FILE_FORMAT;
  formatVersion: typeof RUN_FILE_VERSION;
  id: string;
  /** ISO 8601 UTC. */
  savedAt: string;
  inspectorVersion: string;
  /** host:port/database or "embedded demo database"; never credentials. */
  database: string;
  fusionAuthVersion: string;
  /** SHA-256 of the canonical payload, checked again on every load. */
  payloadSha256: string;
  report: CollectionReport;
}

export interface SavedRunSummary {
  id: string;
  savedAt: string;
  inspectorVersion: string;
  database: string;
  fusionAuthVersion: string;
  payloadSha256: string;
  applicationVersion: string;
  collectionInstant: number;
  statCount: number;
  collectedAll: boolean;
}

export interface SavedRun {
  summary: SavedRunSummary;
  payload: UsagePayload;
  report: CollectionReport;
}

export interface RunListing {
  directory: string;
  /** Newest first. */
  runs: SavedRunSummary[];
  /** Files that look like runs but cannot be read; listed, never deleted. */
  unreadable: { file: string; problem: string }[];
}
