/**
 * The History view's two lists: FusionAuth's usage_stats rows (without their payloads, which
 * only a comparison loads) and the inspector's saved runs. Each list fails on its own, so an
 * unreachable database still shows the saved runs, and a damaged runs folder the rows.
 */
import type {
  SavedRunsListing,
  UsageStatsListing,
  UsageStatsRowSummary,
} from '../../../shared/ipc/channels/diff.ts';
import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import { listRuns } from '../../runs/read-runs.ts';
import { lastSentRow } from '../../usage-stats/select-rows.ts';
import type { UsageStatsRow } from '../../usage-stats/types.ts';
import { resolveTarget } from '../resolve-target.ts';
import { serializeError } from '../serialize-error.ts';
import type { SideContext } from './load-side.ts';

export async function listUsageStats(
  target: ConnectionTarget,
  { services, readings }: SideContext,
  reread: boolean,
): Promise<UsageStatsListing> {
  try {
    const database = await resolveTarget(target, services);
    const { history, readAt } = await readings.get(target, database, { reread });
    const lastSent = lastSentRow(history);

    return {
      status: 'read',
      location: history.location,
      fusionAuthVersion: history.fusionAuthVersion,
      available: history.available,
      unavailableReason: history.unavailableReason,
      rows: history.rows.map((row) => summarise(row, row === lastSent)),
      readAt: readAt.toISOString(),
    };
  } catch (error) {
    return { status: 'failed', error: serializeError(error, 'listHistory') };
  }
}

export async function listSavedRuns(directory: string): Promise<SavedRunsListing> {
  try {
    const listing = await listRuns(directory);

    return {
      status: 'read',
      directory: listing.directory,
      runs: listing.runs.map((run) => ({
        id: run.id,
        savedAt: run.savedAt,
        database: run.database,
        fusionAuthVersion: run.fusionAuthVersion,
        inspectorVersion: run.inspectorVersion,
        payloadSha256: run.payloadSha256,
        collectionInstant: run.collectionInstant,
        statCount: run.statCount,
        collectedAll: run.collectedAll,
      })),
      unreadable: listing.unreadable,
    };
  } catch (error) {
    return { status: 'failed', error: serializeError(error, 'listHistory') };
  }
}

/** Everything the list shows; the payload itself stays on the main side. */
function summarise(row: UsageStatsRow, lastSent: boolean): UsageStatsRowSummary {
  return {
    collectionInstant: row.collectionInstant,
    collectedAt: row.collectedAt,
    applicationVersion: row.applicationVersion,
    statsVersion: row.statsVersion,
    collectionDuration: row.collectionDuration,
    sent: row.sent,
    lastSent,
    failedStats: row.failedStats,
    statCount: row.statCount,
    payloadSha256: row.payloadSha256,
    problem: row.problem,
  };
}
