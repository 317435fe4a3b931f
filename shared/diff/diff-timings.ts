/**
 * Compares the per-stat timings of two payloads. Kept apart from the stats: a timing says how
 * long FusionAuth's query took, not what it reports, so a reviewer reads it differently.
 */
import { compareText, numericChange } from './compare-values.ts';
import type { StatChange, TimingDifference, TimingSummary } from './types.ts';

const LARGEST_INCREASES = 5;

export function diffTimings(
  oldTimings: Record<string, number>,
  newTimings: Record<string, number>,
): { entries: TimingDifference[]; summary: TimingSummary } {
  const keys = [...new Set([...Object.keys(oldTimings), ...Object.keys(newTimings)])].sort(
    compareText,
  );
  const entries = keys.map((key) => timingDifference(key, oldTimings, newTimings));

  const counts: Record<StatChange, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const entry of entries) {
    counts[entry.change] += 1;
  }

  const largestIncreases = entries
    .filter((entry) => entry.numeric !== undefined && entry.numeric.absolute > 0)
    .sort((left, right) => (right.numeric?.absolute ?? 0) - (left.numeric?.absolute ?? 0))
    .slice(0, LARGEST_INCREASES);

  return {
    entries,
    summary: {
      oldCount: Object.keys(oldTimings).length,
      newCount: Object.keys(newTimings).length,
      oldTotalMs: sum(Object.values(oldTimings)),
      newTotalMs: sum(Object.values(newTimings)),
      counts,
      largestIncreases,
    },
  };
}

function timingDifference(
  key: string,
  oldTimings: Record<string, number>,
  newTimings: Record<string, number>,
): TimingDifference {
  const oldMs = Object.hasOwn(oldTimings, key) ? (oldTimings[key] as number) : null;
  const newMs = Object.hasOwn(newTimings, key) ? (newTimings[key] as number) : null;
  if (oldMs === null || newMs === null) {
    return { key, change: oldMs === null ? 'added' : 'removed', oldMs, newMs };
  }

  return oldMs === newMs
    ? { key, change: 'unchanged', oldMs, newMs }
    : { key, change: 'changed', oldMs, newMs, numeric: numericChange(oldMs, newMs) };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
