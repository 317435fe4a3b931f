/**
 * The `runCollection` and `cancelCollection` channels. Progress goes back to the caller as
 * `collectionProgress` events tagged with the run id.
 */
import type { HandlersFor } from '../handler-types.ts';
import { resolveTarget } from '../resolve-target.ts';
import { runsFolder } from '../runs/runs-folder.ts';
import type { ApiServices } from '../services.ts';

export function collectionHandlers(
  services: ApiServices,
): HandlersFor<'runCollection' | 'cancelCollection'> {
  return {
    async runCollection({ runId, target, options }, context) {
      const databaseTarget = await resolveTarget(target, services);
      const signal = services.runs.start(runId);
      try {
        const report = await services.database.collect(databaseTarget, {
          all: options.all,
          today: options.today,
          timezone: options.timezone,
          configFiles: services.collectionSettings?.configFiles ?? [],
          set: services.collectionSettings?.set ?? [],
          signal,
          onProgress: (progress) => context.emit('collectionProgress', { runId, ...progress }),
        });
        services.runs.finish(runId, report);
        // Kept for later comparisons (the Diff and History views); never fails the run.
        await services.savedRuns.keep(runId, report, runsFolder(services));

        return report;
      } catch (error) {
        services.runs.finish(runId);
        throw error;
      }
    },

    async cancelCollection({ runId }) {
      return { cancelled: services.runs.cancel(runId) };
    },
  };
}
