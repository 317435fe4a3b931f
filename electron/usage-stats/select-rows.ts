/**
 * Which stored rows answer "what was sent last?" and "what is waiting to be sent?"
 * (collector.md §3.3). Pure functions over a listing, so the UI can ask without a database.
 */
import type { UsageStatsHistory, UsageStatsRow } from './types.ts';

/** The row with `sent` true and the greatest collection instant, or null if none was sent. */
export function lastSentRow(history: UsageStatsHistory): UsageStatsRow | null {
  return newest(history.rows.filter((row) => row.sent));
}

/**
 * Rows with `sent` false, newest first. FusionAuth sends up to 30 of them per send cycle, in
 * no particular order, and never deletes one before it is sent.
 */
export function queuedRows(history: UsageStatsHistory): UsageStatsRow[] {
  return history.rows
    .filter((row) => !row.sent)
    .sort((left, right) => right.collectionInstant - left.collectionInstant);
}

export function findRow(history: UsageStatsHistory, collectionInstant: number) {
  return history.rows.find((row) => row.collectionInstant === collectionInstant) ?? null;
}

function newest(rows: UsageStatsRow[]): UsageStatsRow | null {
  let best: UsageStatsRow | null = null;
  for (const row of rows) {
    if (best === null || row.collectionInstant > best.collectionInstant) {
      best = row;
    }
  }

  return best;
}
