/** The `testConnection` channel. */
import type { HandlersFor } from '../handler-types.ts';
import { resolveTarget } from '../resolve-target.ts';
import type { ApiServices } from '../services.ts';

export function connectionHandlers(services: ApiServices): HandlersFor<'testConnection'> {
  return {
    async testConnection({ target }) {
      return services.database.check(await resolveTarget(target, services));
    },
  };
}
