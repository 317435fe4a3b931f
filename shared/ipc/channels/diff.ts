/**
 * Comparing payloads (issue #4): the history a reviewer picks from (FusionAuth's usage_stats
 * rows and the inspector's saved runs), loading one payload, comparing two, and deleting a
 * saved run when the user asks. Sources are named the way the CLI's `diff` names them, plus
 * "this run" (a collection finished in this window) and the text of a file the user opened.
 */
import { z } from 'zod';

import type { PayloadDiff } from '../../diff/types.ts';
import type { SerializedError } from '../../errors.ts';
import { describeSize } from '../../payload/limits.ts';
import { carries, defineChannel } from '../define.ts';
import { connectionTargetSchema } from '../target-schema.ts';
import { runIdSchema } from './collection.ts';

/**
 * The largest payload file the window opens. A FusionAuth payload is about 20 KB; the limit
 * keeps two opened files (JSON-escaped) inside the 1 MiB request limit of `serve`. Larger
 * files can still be compared with `usage-inspector diff`, which reads them from disk.
 */
export const MAX_OPENED_FILE_BYTES = 256 * 1024;

export const OPENED_FILE_TOO_LARGE =
  `Payload files over ${describeSize(MAX_OPENED_FILE_BYTES)} are not opened here ` +
  '(a FusionAuth usage payload is about 20 KB); compare larger files with usage-inspector diff.';

/** The pattern of electron/runs/run-id.ts; the main side checks it again before any file. */
export const savedRunIdSchema = z
  .string()
  .regex(/^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$/, 'A saved run id looks like 20261203-121800-3f9a2c.');

export const payloadSourceSchema = z.discriminatedUnion('kind', [
  /** The newest usage_stats row with sent = true. */
  z.strictObject({ kind: z.literal('last-sent') }),
  /** The newest usage_stats row with sent = false. */
  z.strictObject({ kind: z.literal('queued') }),
  z.strictObject({ kind: z.literal('usage-stats-row'), collectionInstant: z.int() }),
  z.strictObject({ kind: z.literal('saved-run'), id: savedRunIdSchema }),
  /** A collection this window ran; its report is still held by the main side. */
  z.strictObject({ kind: z.literal('this-run'), runId: runIdSchema }),
  /** A file the user opened; the renderer read it and sends its text. */
  z.strictObject({
    kind: z.literal('file'),
    name: z.string().trim().min(1, 'The file has no name.').max(255),
    text: z.string().max(MAX_OPENED_FILE_BYTES, OPENED_FILE_TOO_LARGE),
  }),
]);

export type PayloadSourceChoice = z.infer<typeof payloadSourceSchema>;

/** A source as the answer repeats it: a file is named, its text is not sent back. */
export type SourceReference =
  Exclude<PayloadSourceChoice, { kind: 'file' }> | { kind: 'file'; name: string };

/** One loaded payload, described for the Diff view. */
export interface PayloadSide {
  source: SourceReference;
  /** One line naming it, e.g. "last sent: usage_stats row collected 2026-12-01T00:31:00Z". */
  label: string;
  /** What else the reviewer should know about this choice, or null. */
  note: string | null;
  /** SHA-256 of the canonical text. */
  sha256: string;
  /** Keys sorted at every level, 2-space indentation: what the side-by-side editor shows. */
  canonicalText: string;
  applicationVersion: string;
  collectionInstant: number;
  statCount: number;
  failedStatCount: number;
}

export type SideResult = { ok: true; side: PayloadSide } | { ok: false; error: SerializedError };

/** Each side loads on its own, so a missing "last sent" still shows the other side. */
export interface PayloadComparison {
  /** The old side of the diff. */
  left: SideResult;
  /** The new side of the diff. */
  right: SideResult;
  /** null unless both sides loaded. */
  diff: PayloadDiff | null;
  /** Both sides loaded and have the same canonical SHA-256. */
  identical: boolean;
}

/** One usage_stats row without its payload. */
export interface UsageStatsRowSummary {
  collectionInstant: number;
  collectedAt: string | null;
  applicationVersion: string;
  statsVersion: string;
  collectionDuration: number | null;
  sent: boolean;
  /** The newest row with sent = true: what FusionAuth sent last. */
  lastSent: boolean;
  failedStats: string[];
  statCount: number | null;
  payloadSha256: string | null;
  /** Why the row cannot be compared, when it cannot. */
  problem: string | null;
}

export type UsageStatsListing =
  | {
      status: 'read';
      location: string;
      fusionAuthVersion: string;
      /** false when this FusionAuth keeps no usage_stats table (or one of unknown layout). */
      available: boolean;
      unavailableReason: string | null;
      /** Newest first. */
      rows: UsageStatsRowSummary[];
      /** When the rows were read (ISO 8601); comparisons use this same reading. */
      readAt: string;
    }
  | { status: 'failed'; error: SerializedError };

export interface SavedRunInfo {
  id: string;
  savedAt: string;
  database: string;
  fusionAuthVersion: string;
  inspectorVersion: string;
  payloadSha256: string;
  collectionInstant: number;
  statCount: number;
  collectedAll: boolean;
}

export type SavedRunsListing =
  | {
      status: 'read';
      directory: string;
      /** Newest first. */
      runs: SavedRunInfo[];
      /** Files that look like runs but cannot be read; listed, never deleted. */
      unreadable: { file: string; problem: string }[];
    }
  | { status: 'failed'; error: SerializedError };

/** What became of keeping a finished collection as a saved run. */
export type KeptRunOutcome =
  { status: 'saved'; id: string } | { status: 'not-saved'; message: string };

export interface HistoryListing {
  usageStats: UsageStatsListing;
  savedRuns: SavedRunsListing;
  /** For the `thisRunId` asked about; null when none was asked or that run is unknown. */
  thisRun: KeptRunOutcome | null;
}

export const diffChannels = {
  listHistory: defineChannel(
    z.strictObject({
      target: connectionTargetSchema,
      thisRunId: runIdSchema.optional(),
      /** Read usage_stats again instead of using the reading comparisons are based on. */
      reread: z.boolean().default(false),
    }),
    carries<HistoryListing>(),
  ),
  loadPayload: defineChannel(
    z.strictObject({ target: connectionTargetSchema, source: payloadSourceSchema }),
    carries<PayloadSide>(),
  ),
  comparePayloads: defineChannel(
    z.strictObject({
      target: connectionTargetSchema,
      left: payloadSourceSchema,
      right: payloadSourceSchema,
    }),
    carries<PayloadComparison>(),
  ),
  deleteSavedRun: defineChannel(
    z.strictObject({ id: savedRunIdSchema }),
    carries<{ deleted: true }>(),
  ),
};
