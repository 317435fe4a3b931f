/**
 * The structured difference between two usage payloads: what the CLI prints, what `--json`
 * emits and what the Diff view will show. Plain data, safe to send over IPC.
 */
import type { ValueKind } from '../catalog/types.ts';

export type StatChange = 'added' | 'removed' | 'changed' | 'unchanged';

export const STAT_CHANGES: readonly StatChange[] = ['added', 'removed', 'changed', 'unchanged'];

export interface NumericChange {
  /** new − old. */
  absolute: number;
  /** (new − old) / |old|; null when old is 0, where a ratio means nothing. */
  relative: number | null;
}

/** One element of an identity-provider list (keyed by `idp`) or one field of an object. */
export interface EntryDifference {
  /** The `idp` name, or the field name. */
  key: string;
  change: StatChange;
  /** For an idp list the `count`; for an object field its value; undefined when absent. */
  oldValue?: unknown;
  newValue?: unknown;
  numeric?: NumericChange;
}

export interface StatDifference {
  key: string;
  change: StatChange;
  /** Undefined when the stat was added. */
  oldValue?: unknown;
  /** Undefined when the stat was removed. */
  newValue?: unknown;
  /** Whether the 1.69.2 collector's catalog knows the key. */
  known: boolean;
  valueKind: ValueKind | null;
  /** When both values are numbers and they differ. */
  numeric?: NumericChange;
  /** When both values are idp lists (by `idp`) or objects (by field) and they differ. */
  entries?: EntryDifference[];
  /** Both idp lists hold the same entries, only in another order. */
  orderOnly?: boolean;
  /** The JSON type differs, e.g. a number became a string. */
  typeChanged?: boolean;
}

/** A top-level field other than `stats` and `timings`. */
export interface EnvelopeDifference {
  field: string;
  /** Undefined when the field is absent on that side. */
  oldValue?: unknown;
  newValue?: unknown;
  changed: boolean;
  /** false for a top-level key that FusionAuth's payload format does not have. */
  standard: boolean;
}

export interface TimingDifference {
  key: string;
  change: StatChange;
  oldMs: number | null;
  newMs: number | null;
  numeric?: NumericChange;
}

export interface TimingSummary {
  oldCount: number;
  newCount: number;
  oldTotalMs: number;
  newTotalMs: number;
  counts: Record<StatChange, number>;
  /** Changed timings that grew the most, largest first (at most five). */
  largestIncreases: TimingDifference[];
}

export interface PayloadDiff {
  /** applicationVersion, collectionDuration, collectionInstant, failedStats, instanceId,
   * statsVersion, then any non-standard top-level keys; changed or not. */
  envelope: EnvelopeDifference[];
  failedStats: { added: string[]; removed: string[] };
  /** Every stat key of either payload, sorted, unchanged ones included. */
  stats: StatDifference[];
  counts: Record<StatChange, number>;
  /** Stat keys of either payload that the catalog does not know, sorted. */
  unknownKeys: string[];
  timings: { entries: TimingDifference[]; summary: TimingSummary };
}
