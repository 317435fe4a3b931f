/**
 * The database given to `serve --db URL` (or the desktop app's --db), shown as a profile.
 * Its password stays in this process's memory for the run and never reaches the renderer.
 */
import type { ConnectionProfile } from '../../../shared/ipc/channels/profiles.ts';
import type { DatabaseTarget } from '../../db/target.ts';
import { splitPassword } from './connection-password.ts';

export const BUILT_IN_PROFILE_ID = 'command-line';

export interface BuiltInProfile {
  profile: ConnectionProfile;
  target: Exclude<DatabaseTarget, { kind: 'demo' }>;
}

export function builtInProfileFor(
  target: Exclude<DatabaseTarget, { kind: 'demo' }>,
): BuiltInProfile {
  const { connection, password } = splitPassword(
    target.kind === 'url' ? { kind: 'url', url: target.url } : target,
  );

  return {
    profile: {
      id: BUILT_IN_PROFILE_ID,
      name: 'Given on the command line',
      connection,
      passwordSaved: password !== undefined,
      builtIn: true,
    },
    target,
  };
}
