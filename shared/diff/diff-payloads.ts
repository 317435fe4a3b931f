/**
 * The structured diff of two usage payloads: every stat added, removed, changed or unchanged,
 * the envelope and the timings apart, and the keys the catalog does not know. A pure function
 * of its two arguments, usable in the main process and in the renderer alike.
 */
import { findMetric } from '../catalog/index.ts';
import type { UsagePayload } from '../payload/types.ts';
import { compareText, compareValues } from './compare-values.ts';
import { diffEnvelope } from './diff-envelope.ts';
import { diffTimings } from './diff-timings.ts';
import type { PayloadDiff, StatChange, StatDifference } from './types.ts';

export function diffPayloads(oldPayload: UsagePayload, newPayload: UsagePayload): PayloadDiff {
  const oldStats = oldPayload.stats as Record<string, unknown>;
  const newStats = newPayload.stats as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(oldStats), ...Object.keys(newStats)])].sort(compareText);

  const stats = keys.map((key) => diffStat(key, oldStats, newStats));
  const counts: Record<StatChange, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const stat of stats) {
    counts[stat.change] += 1;
  }

  return {
    ...diffEnvelope(oldPayload, newPayload),
    stats,
    counts,
    unknownKeys: stats.filter((stat) => !stat.known).map((stat) => stat.key),
    timings: diffTimings(oldPayload.timings, newPayload.timings),
  };
}

function diffStat(
  key: string,
  oldStats: Record<string, unknown>,
  newStats: Record<string, unknown>,
): StatDifference {
  const metric = findMetric(key);
  const base = { key, known: metric !== undefined, valueKind: metric?.valueKind ?? null };
  const inOld = Object.hasOwn(oldStats, key);
  const inNew = Object.hasOwn(newStats, key);

  if (!inOld) {
    return { ...base, change: 'added', newValue: newStats[key] };
  }
  if (!inNew) {
    return { ...base, change: 'removed', oldValue: oldStats[key] };
  }

  const oldValue = oldStats[key];
  const newValue = newStats[key];
  const { equal, ...details } = compareValues(oldValue, newValue);

  return { ...base, change: equal ? 'unchanged' : 'changed', oldValue, newValue, ...details };
}

/** True when nothing differs: no stat, envelope field or timing changed. */
export function isEmptyDiff(diff: PayloadDiff): boolean {
  return (
    diff.counts.added + diff.counts.removed + diff.counts.changed === 0 &&
    diff.envelope.every((field) => !field.changed) &&
    diff.timings.entries.every((timing) => timing.change === 'unchanged')
  );
}

/** The stats whose change is one of `changes`, e.g. for `--fail-on added,removed`. */
export function statsWithChange(
  diff: PayloadDiff,
  changes: readonly StatChange[],
): StatDifference[] {
  return diff.stats.filter((stat) => changes.includes(stat.change));
}
