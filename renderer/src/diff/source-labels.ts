/**
 * How each source is named in the Diff view's menus, from the history listing: a usage_stats
 * row by when it was collected and whether it was sent, a saved run by when it was saved and
 * from which database, a file by its name.
 */
import type { HistoryListing, UsageStatsRowSummary } from '../../../shared/ipc/channels/diff.ts';
import { formatInstant, formatIso, shortHash } from './format-time.ts';
import type { SourceChoice } from './source-choice.ts';

export interface SourceOption {
  choice: SourceChoice;
  label: string;
}

export interface SourceGroup {
  label: string;
  options: SourceOption[];
}

export function rowLabel(row: UsageStatsRowSummary): string {
  const state = row.lastSent ? 'last sent' : row.sent ? 'sent' : 'queued';

  return `Row collected ${formatInstant(row.collectionInstant)} (${state})`;
}

/** The menu: usage_stats, then this window's run, then saved runs, then opened files. */
export function sourceGroups(
  history: HistoryListing | undefined,
  thisRunId: string,
  files: readonly { id: number; name: string; text: string }[],
): SourceGroup[] {
  const usageStats: SourceOption[] = [
    { choice: { kind: 'last-sent' }, label: 'Last sent' },
    { choice: { kind: 'queued' }, label: 'Queued (newest not sent)' },
  ];
  const listing = history?.usageStats;
  if (listing?.status === 'read') {
    for (const row of listing.rows) {
      usageStats.push({
        choice: { kind: 'usage-stats-row', collectionInstant: row.collectionInstant },
        label: rowLabel(row),
      });
    }
  }

  const thisRunSaved = history?.thisRun?.status === 'saved' ? history.thisRun.id : null;
  const runs: SourceOption[] = [];
  if (history?.savedRuns.status === 'read') {
    for (const run of history.savedRuns.runs) {
      const mark = run.id === thisRunSaved ? ' (this run)' : '';
      runs.push({
        choice: { kind: 'saved-run', id: run.id },
        label: `Saved ${formatIso(run.savedAt)} · ${run.database} · ${shortHash(run.payloadSha256)}${mark}`,
      });
    }
  }

  const groups: SourceGroup[] = [
    { label: "FusionAuth's usage_stats table", options: usageStats },
    {
      label: 'This window',
      options: [
        { choice: { kind: 'this-run', runId: thisRunId }, label: 'This run (latest collection)' },
      ],
    },
  ];
  if (runs.length > 0) {
    groups.push({ label: 'Saved runs', options: runs });
  }
  if (files.length > 0) {
    groups.push({
      label: 'Opened files',
      options: files.map((file) => ({
        choice: { kind: 'file', file },
        label: `File ${file.name}`,
      })),
    });
  }

  return groups;
}
