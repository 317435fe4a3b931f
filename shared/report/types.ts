/**
 * Everything a review report shows, gathered once and then rendered as HTML, printed to PDF or
 * written as JSON evidence. Plain data: the desktop app builds it in the main process and may
 * hand it to the renderer as is.
 */
import type { MetricOrigin, ValueKind } from '../catalog/types.ts';
import type { CollectionReport, CollectionWindow, StatStatus } from '../collection/types.ts';
import type { PayloadDiff } from '../diff/types.ts';
import type { OptOutState, TriState } from '../optout/types.ts';
import type { UsagePayload } from '../payload/types.ts';
import type { PrivacyCheck, ValueClass } from '../privacy/types.ts';
import type { ReviewRecord } from '../review/types.ts';

export type ReportSourceKind = 'collection' | 'payload-file' | 'saved-run' | 'usage-stats-row';

export interface ReportSource {
  kind: ReportSourceKind;
  /** One line: "collected now from embedded demo database", "payload file ./payload.json". */
  label: string;
  /** host:port/database, never credentials; null when no database was read. */
  database: string | null;
  runId: string | null;
}

/** The comparison with the newest payload FusionAuth marked sent, or why there is none. */
export type LastSentSection =
  | {
      available: true;
      label: string;
      sha256: string;
      collectionInstant: number;
      identical: boolean;
      diff: PayloadDiff;
    }
  | { available: false; reason: string };

export type OptOutSection =
  { available: true; state: OptOutState } | { available: false; reason: string };

/** One stat as the report lists it: what it is, what it holds, how it was obtained. */
export interface MetricRow {
  key: string;
  /** The HTML id of its block, so findings can link to it. */
  anchor: string;
  known: boolean;
  category: string | null;
  definition: string | null;
  valueKind: ValueKind | null;
  valueClass: ValueClass;
  origin: MetricOrigin | null;
  /** Whether the payload carries it (a null or failed stat is left out). */
  inPayload: boolean;
  /** The payload's value, else the collector's; null when there is none. */
  value: unknown;
  status: StatStatus | null;
  statusReason: string | null;
  requested: boolean | null;
  /** The payload's timing, else the collector's own measurement. */
  ms: number | null;
  sql: string | null;
  sqlNote: string | null;
  /** `table(column, column)` for every table the query reads. */
  sources: string[];
  configProperties: string[];
  offlineReason: string | null;
  valueSource: string | null;
  attentionFindings: number;
}

export interface ReportSummary {
  instanceId: string;
  applicationVersion: string;
  statsVersion: string;
  /** The database's FusionAuth version; null without a database. */
  fusionAuthVersion: string | null;
  databaseServerVersion: string | null;
  location: string | null;
  /** ISO 8601 of the payload's collectionInstant, or null when out of range. */
  collectedAt: string | null;
  statCount: number;
  timingCount: number;
  failedStats: string[];
  /** Compact JSON in UTF-8, as it goes over the wire. */
  payloadBytes: number;
  /** Per collector status; null when the payload was not collected by this tool. */
  statusCounts: Record<StatStatus, number> | null;
  wouldCollect: { answer: TriState; reasons: string[] };
  window: CollectionWindow | null;
  collectedAll: boolean | null;
  warnings: string[];
}

export interface ReportInputs {
  /** ISO 8601 UTC. */
  generatedAt: string;
  inspectorVersion: string;
  source: ReportSource;
  payload: UsagePayload;
  payloadSha256: string;
  /** The collector's report when the payload was collected (now or in a saved run). */
  collection: CollectionReport | null;
  privacy: PrivacyCheck;
  lastSent: LastSentSection;
  optOut: OptOutSection;
  review: ReviewRecord | null;
}

export interface ReportModel extends ReportInputs {
  summary: ReportSummary;
  metrics: MetricRow[];
}
