/**
 * Turns what the renderer named into what the database layer opens. A profile is looked
 * up here, on the main side, and gets its password from the secret store (or the one typed
 * in for this connection).
 */
import { InspectorError } from '../../shared/errors.ts';
import type { ConnectionTarget, ProfileConnection } from '../../shared/ipc/target-schema.ts';
import type { DatabaseTarget } from '../db/target.ts';
import type { ApiServices } from './services.ts';

export async function resolveTarget(
  target: ConnectionTarget,
  services: ApiServices,
): Promise<DatabaseTarget> {
  if (target.kind !== 'profile') {
    return target;
  }

  const builtIn = services.builtInProfile;
  if (builtIn !== null && target.profileId === builtIn.profile.id) {
    return target.password === undefined
      ? builtIn.target
      : withPassword(builtIn.profile.connection, target.password);
  }

  const stored = services.profiles.get(target.profileId);
  if (stored === undefined) {
    throw new InspectorError('not-found', 'That saved profile no longer exists.');
  }

  const password = target.password ?? (await services.secrets.get(stored.id));

  return withPassword(stored.connection, password);
}

function withPassword(connection: ProfileConnection, password: string | undefined): DatabaseTarget {
  if (password === undefined || password === '') {
    return connection;
  }

  if (connection.kind === 'fields') {
    return { kind: 'fields', fields: { ...connection.fields, password } };
  }

  const url = new URL(connection.url);
  url.password = encodeURIComponent(password);

  return { kind: 'url', url: url.toString() };
}
