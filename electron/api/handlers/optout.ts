/**
 * The `readOptOutState` channel: the opt-out state of the database the user connected to,
 * read in one read-only snapshot, for the same target and with the same configuration files
 * the collection uses.
 */
import type { OptOutState } from '../../../shared/optout/types.ts';
import { readOptOutState, type ReadStateOptions } from '../../optout/read-state.ts';
import type { HandlersFor } from '../handler-types.ts';
import { resolveTarget } from '../resolve-target.ts';
import type { ApiServices } from '../services.ts';

export type OptOutStateReader = (options: ReadStateOptions) => Promise<OptOutState>;

/** `readState` is the real reader; tests hand in a stand-in to see what it was given. */
export function optOutHandlers(
  services: ApiServices,
  readState: OptOutStateReader = readOptOutState,
): HandlersFor<'readOptOutState'> {
  return {
    async readOptOutState({ target }) {
      const databaseTarget = await resolveTarget(target, services);

      // Only files named on the command line (serve --config): the renderer may not name
      // files for the main side to read. They tell managed mode and fusionauth-app.url.
      return readState({
        target: databaseTarget,
        configFiles: services.collectionSettings?.configFiles ?? [],
      });
    },
  };
}
