/**
 * Times and hashes as the Diff and History views show them: UTC, to the second, the way
 * FusionAuth's usage_stats and the CLI name them; hashes by their first 12 hex digits.
 */

/** "2026-12-02 11:29:07 UTC", or the raw number when it is not a date. */
export function formatInstant(instant: number): string {
  const date = new Date(instant);

  return Number.isNaN(date.getTime()) ? String(instant) : formatDate(date);
}

/** The same for an ISO 8601 text; anything else is shown as it is. */
export function formatIso(iso: string | null): string {
  if (iso === null) {
    return '—';
  }

  const date = new Date(iso);

  return Number.isNaN(date.getTime()) ? iso : formatDate(date);
}

/** "11:29:07 UTC", for "read at" notes. */
export function formatClock(iso: string): string {
  return formatIso(iso).slice(11);
}

export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
