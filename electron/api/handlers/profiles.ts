/**
 * The `listProfiles`, `saveProfile` and `deleteProfile` channels. Passwords are split off
 * before anything is stored and go to the secret store only when the user asked for it and
 * the store can keep them encrypted.
 */
import { randomUUID } from 'node:crypto';

import { InspectorError } from '../../../shared/errors.ts';
import type { ConnectionProfile } from '../../../shared/ipc/channels/profiles.ts';
import type { HandlersFor } from '../handler-types.ts';
import { splitPassword } from '../profiles/connection-password.ts';
import type { StoredProfile } from '../profiles/profile-store.ts';
import type { ApiServices } from '../services.ts';

export function profileHandlers(
  services: ApiServices,
): HandlersFor<'listProfiles' | 'saveProfile' | 'deleteProfile'> {
  const { profiles, secrets } = services;

  async function shown(stored: StoredProfile): Promise<ConnectionProfile> {
    const password = await secrets.get(stored.id);

    return { ...stored, passwordSaved: password !== undefined, builtIn: false };
  }

  function refuseBuiltIn(id: string | undefined): void {
    if (id !== undefined && id === services.builtInProfile?.profile.id) {
      throw new InspectorError(
        'usage',
        'The database given on the command line cannot be changed here; save a new profile.',
      );
    }
  }

  return {
    async listProfiles() {
      const builtIn = services.builtInProfile === null ? [] : [services.builtInProfile.profile];
      const saved = await Promise.all(profiles.list().map(shown));
      saved.sort((left, right) => left.name.localeCompare(right.name));

      return { profiles: [...builtIn, ...saved], passwordStorage: secrets.storage };
    },

    async saveProfile({ id, name, connection, rememberPassword }) {
      refuseBuiltIn(id);
      if (id !== undefined && profiles.get(id) === undefined) {
        throw new InspectorError('not-found', 'That saved profile no longer exists.');
      }

      if (rememberPassword && !secrets.storage.available) {
        throw new InspectorError(
          'usage',
          `The profile was not saved: ${secrets.storage.explanation} ` +
            'Untick "Remember the password" to save it without one.',
        );
      }

      const split = splitPassword(connection);
      const stored: StoredProfile = { id: id ?? randomUUID(), name, connection: split.connection };
      profiles.put(stored);

      if (!rememberPassword) {
        await secrets.delete(stored.id);
      } else if (split.password !== undefined) {
        await secrets.set(stored.id, split.password);
      }

      return shown(stored);
    },

    async deleteProfile({ id }) {
      refuseBuiltIn(id);
      const deleted = profiles.remove(id);
      await secrets.delete(id);

      return { deleted };
    },
  };
}
