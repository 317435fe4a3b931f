/**
 * What one run of the inspector produces: the payload FusionAuth would send, and for every
 * stat how it was obtained. Shared by the CLI report, the IPC contract and the renderer.
 */
import type { BasicMetricsPayload, StatValue, UsagePayload } from '../payload/types.ts';

export type StatStatus =
  /** computed; `value` may still be null (then left out of the payload, as FusionAuth does) */
  | 'ok'
  /** the query raised an error; the stat is in `failedStats` */
  | 'failed'
  /** a table or column it needs does not exist in this FusionAuth version */
  | 'not-applicable'
  /** FusionAuth's remote stat list does not ask for it (collected only with --all) */
  | 'not-requested'
  /** only the running FusionAuth knows it (JVM heap, Java version, license) */
  | 'unknown-offline';

export interface StatResult {
  key: string;
  status: StatStatus;
  /** null when the stat produced no value (left out of the payload) or was not computed. */
  value: StatValue | null;
  /** Whole milliseconds, as FusionAuth records timings; null when not computed. */
  ms: number | null;
  /** The same duration with sub-millisecond precision. */
  preciseMs: number | null;
  /** Why the status is what it is: the database error, the missing object, the offline reason. */
  reason?: string;
  /** Whether FusionAuth's stat list (current_usage_stats) asks for it. */
  requested: boolean;
  /** Position in the remote list (0-based), or null when not listed. */
  listPosition: number | null;
  /** The SQL variant actually run, when several exist for different schemas. */
  sqlVariant?: number;
  /** Where a configuration value came from ("env FUSIONAUTH_APP_...", "fusionauth.properties:12", "default", "--set"). */
  valueSource?: string;
}

/** The stat list FusionAuth downloads from its stats server (table current_usage_stats). */
export interface StatListFacts {
  present: boolean;
  /** Names in the list, in order. */
  names: string[];
  lastCheckedInstant: number | null;
  lastModifiedInstant: number | null;
  /** true when last_checked_instant is within one day of the collection instant. */
  fresh: boolean;
  /** Names in the list the 1.69.2 collector does not know. */
  unknownNames: string[];
  /** Plain-language verdict, e.g. "FusionAuth would collect nothing right now: ...". */
  verdict: string;
}

export interface DatabaseFacts {
  engine: 'postgresql';
  /** `version.version`, e.g. 1.60.2. */
  fusionAuthVersion: string;
  /** `SHOW server_version`, e.g. 15.19 (Debian 15.19-0+deb12u1). */
  serverVersion: string;
  /** host:port/database, never with the password. */
  location: string;
  instanceId: string;
  setupComplete: boolean | null;
  licensed: boolean;
  /** system_configuration.data → usageDataConfiguration.enabled; null when the key is missing. */
  usageDataEnabled: boolean | null;
  usageDataRetentionDays: number | null;
  reportTimezone: string | null;
  statList: StatListFacts;
}

export interface CollectionWindow {
  /** The "today" used, YYYY-MM-DD in `timezone`. */
  today: string;
  timezone: string;
  /** Epoch day of today minus 7; daily-active rows must have day > cutoff. */
  cutoff: number;
}

export interface CollectionReport {
  inspectorVersion: string;
  /** The payload as FusionAuth would send it. */
  payload: UsagePayload;
  basicMetrics: BasicMetricsPayload | null;
  /** Every stat the catalog knows, in collection order, then the rest alphabetically. */
  results: StatResult[];
  database: DatabaseFacts;
  window: CollectionWindow;
  /** Whether --all was used. */
  collectedAll: boolean;
  /** Sum of the per-stat precise timings. */
  totalQueryMs: number;
  /** FusionAuth sleeps after every stat (throttle); its own collectionDuration would be about this. */
  estimatedFusionAuthDurationMs: number;
  /** Warnings about configuration files (malformed lines, stray spaces) and the like. */
  warnings: string[];
}

/** Progress of a running collection, for the CLI's progress line and the UI's bar. */
export interface CollectionProgress {
  index: number;
  total: number;
  key: string;
}
