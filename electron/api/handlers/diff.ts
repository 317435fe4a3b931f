/**
 * The Diff and History channels: list usage_stats rows and saved runs, load one payload,
 * compare two, and delete a saved run. Reading is read-only throughout; the only file ever
 * removed is the saved run the user named, after confirming in the window.
 */
import { diffPayloads } from '../../../shared/diff/diff-payloads.ts';
import type { PayloadSourceChoice, SideResult } from '../../../shared/ipc/channels/diff.ts';
import type { SerializedError } from '../../../shared/errors.ts';
import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import { deleteRun } from '../../runs/delete-run.ts';
import { listSavedRuns, listUsageStats } from '../diff/history-listing.ts';
import { type LoadedSide, loadSide, type SideContext } from '../diff/load-side.ts';
import { UsageStatsReadings } from '../diff/usage-stats-readings.ts';
import type { HandlersFor } from '../handler-types.ts';
import { runsFolder } from '../runs/runs-folder.ts';
import { serializeError } from '../serialize-error.ts';
import type { ApiServices } from '../services.ts';

type DiffChannel = 'listHistory' | 'loadPayload' | 'comparePayloads' | 'deleteSavedRun';

/** `readings` is replaceable so tests can stand in for usage_stats without a database. */
export function diffHandlers(
  services: ApiServices,
  readings: UsageStatsReadings = new UsageStatsReadings(),
): HandlersFor<DiffChannel> {
  const context: SideContext = { services, readings };

  return {
    async listHistory({ target, thisRunId, reread }) {
      const [usageStats, savedRuns] = await Promise.all([
        listUsageStats(target, context, reread),
        listSavedRuns(runsFolder(services)),
      ]);
      const thisRun = thisRunId === undefined ? null : services.savedRuns.outcome(thisRunId);

      return { usageStats, savedRuns, thisRun };
    },

    async loadPayload({ target, source }) {
      return (await loadSide(source, target, context)).side;
    },

    async comparePayloads({ target, left, right }) {
      const [oldSide, newSide] = await Promise.all([
        trySide(left, target, context),
        trySide(right, target, context),
      ]);
      const answer = { left: sideResult(oldSide), right: sideResult(newSide) };
      if (!('side' in oldSide) || !('side' in newSide)) {
        return { ...answer, diff: null, identical: false };
      }

      return {
        ...answer,
        diff: diffPayloads(oldSide.payload, newSide.payload),
        identical: oldSide.side.sha256 === newSide.side.sha256,
      };
    },

    async deleteSavedRun({ id }) {
      await deleteRun(runsFolder(services), id);

      return { deleted: true };
    },
  };
}

/** One side, or its failure as data so that the other side still shows. */
async function trySide(
  source: PayloadSourceChoice,
  target: ConnectionTarget,
  context: SideContext,
): Promise<LoadedSide | { error: SerializedError }> {
  try {
    return await loadSide(source, target, context);
  } catch (error) {
    return { error: serializeError(error, 'comparePayloads') };
  }
}

function sideResult(loaded: LoadedSide | { error: SerializedError }): SideResult {
  return 'side' in loaded ? { ok: true, side: loaded.side } : { ok: false, error: loaded.error };
}
