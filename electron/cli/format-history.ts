/**
 * The readable form of `history`: FusionAuth's stored payloads (usage_stats) as a table, then
 * the inspector runs saved on this computer.
 */
import { escapeControlCharacters } from '../../shared/diff/describe-change.ts';
import type { RunListing } from '../runs/types.ts';
import { lastSentRow, queuedRows } from '../usage-stats/select-rows.ts';
import type { UsageStatsHistory, UsageStatsRow } from '../usage-stats/types.ts';

export function formatUsageStats(history: UsageStatsHistory): string {
  const heading = `usage_stats in ${history.location} (FusionAuth ${history.fusionAuthVersion})`;
  if (!history.available) {
    return `${heading}\n  ${history.unavailableReason ?? 'not available'}`;
  }
  if (history.rows.length === 0) {
    return `${heading}: no rows. FusionAuth has not collected usage data into this database yet.`;
  }

  const lastSent = lastSentRow(history);
  const queued = queuedRows(history).length;
  const summary =
    `${history.rows.length} row(s); last sent: ${lastSent?.collectedAt ?? 'none'}; ` +
    `queued (not sent yet): ${queued}`;
  const table = formatTable(
    ['COLLECTED (UTC)', 'INSTANT', 'VERSION', 'STATS VER', 'SENT', 'STATS', 'FAILED STATS'],
    history.rows.map((row) => [
      row.collectedAt ?? '?',
      String(row.collectionInstant),
      row.applicationVersion,
      row.statsVersion,
      sentText(row, lastSent),
      row.statCount === null ? '?' : String(row.statCount),
      row.failedStats.length === 0 ? '-' : row.failedStats.join(','),
    ]),
  );
  const problems = history.rows
    .filter((row) => row.problem !== null)
    .map((row) => `  problem: ${row.problem ?? ''}`);

  return [heading, `  ${summary}`, table, ...problems].join('\n');
}

export function formatRuns(listing: RunListing): string {
  const heading = `Saved inspector runs in ${listing.directory}`;
  const problems = listing.unreadable.map(
    (entry) => `  unreadable: ${entry.file}: ${entry.problem}`,
  );
  if (listing.runs.length === 0) {
    return [`${heading}: none`, ...problems].join('\n');
  }

  const table = formatTable(
    ['ID', 'SAVED (UTC)', 'DATABASE', 'FUSIONAUTH', 'STATS', 'SHA-256'],
    listing.runs.map((run) => [
      `run:${run.id}`,
      run.savedAt,
      run.database,
      run.fusionAuthVersion,
      String(run.statCount),
      run.payloadSha256.slice(0, 16),
    ]),
  );

  return [`${heading}: ${listing.runs.length}`, table, ...problems].join('\n');
}

function sentText(row: UsageStatsRow, lastSent: UsageStatsRow | null): string {
  if (!row.sent) {
    return 'queued';
  }

  return row === lastSent ? 'last sent' : 'sent';
}

function formatTable(header: string[], rows: string[][]): string {
  const cells = rows.map((row) => row.map(escapeControlCharacters));
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();

  return [line(header), ...cells.map(line)].join('\n');
}
