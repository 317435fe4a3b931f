/**
 * The places a payload to compare can come from (issue #4): a file, FusionAuth's own
 * usage_stats table (last sent, queued, or one row), a saved inspector run, or a collection
 * made now. The Diff view and the CLI both name sources this way.
 */
import type { CollectionReport } from '../../shared/collection/types.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';

export type PayloadSource =
  | { kind: 'file'; path: string }
  /** The newest usage_stats row with sent = true. */
  | { kind: 'last-sent' }
  /** The newest usage_stats row with sent = false. */
  | { kind: 'queued' }
  | { kind: 'usage-stats-row'; collectionInstant: number }
  | { kind: 'run'; id: string }
  /** Collect now, read-only, as FusionAuth would. */
  | { kind: 'current'; all?: boolean };

export interface LoadedPayload {
  source: PayloadSource;
  /** One line naming it: "last sent: usage_stats row collected 2026-12-01T00:31:00.000Z". */
  label: string;
  /** What else the reviewer should know about this choice, or null. */
  note: string | null;
  payload: UsagePayload;
  sha256: string;
  /** The full report, for `current` (so the caller can save the run) and `run:ID`. */
  report?: CollectionReport;
}

/** Sources that read FusionAuth's database, and therefore need --db or --demo. */
export function needsDatabase(source: PayloadSource): boolean {
  return source.kind !== 'file' && source.kind !== 'run';
}
