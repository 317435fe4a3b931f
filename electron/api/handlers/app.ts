/** The `appInfo` channel: which shell this is and what the command line asked for. */
import type { AppInfo } from '../../../shared/ipc/channels/app.ts';
import { INSPECTOR_VERSION } from '../../version.ts';
import type { HandlersFor } from '../handler-types.ts';
import type { ApiServices } from '../services.ts';

export function appHandlers(services: ApiServices): HandlersFor<'appInfo'> {
  return {
    async appInfo() {
      return { mode: services.mode, inspectorVersion: INSPECTOR_VERSION, startup: startup() };
    },
  };

  function startup(): AppInfo['startup'] {
    if (services.builtInProfile !== null) {
      return { kind: 'profile', profileId: services.builtInProfile.profile.id };
    }

    return services.startDemo ? { kind: 'demo' } : { kind: 'none' };
  }
}
