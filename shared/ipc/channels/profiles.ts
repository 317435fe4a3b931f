/**
 * Saved connections. A profile never carries a password to the renderer: the desktop app
 * keeps it encrypted with the operating system's key store, `serve` does not keep it at all.
 */
import { z } from 'zod';

import { carries, defineChannel } from '../define.ts';
import { type ProfileConnection, profileConnectionSchema } from '../target-schema.ts';

export const profileIdSchema = z.string().min(1).max(128);

export interface ConnectionProfile {
  id: string;
  name: string;
  /** The connection without its password. */
  connection: ProfileConnection;
  passwordSaved: boolean;
  /** Given on the command line for this run; cannot be changed or deleted. */
  builtIn: boolean;
}

export interface PasswordStorage {
  available: boolean;
  /** Why passwords are or are not kept, in words for the connect screen. */
  explanation: string;
}

export interface ProfileList {
  profiles: ConnectionProfile[];
  passwordStorage: PasswordStorage;
}

export const profileChannels = {
  listProfiles: defineChannel(z.strictObject({}), carries<ProfileList>()),
  saveProfile: defineChannel(
    z.strictObject({
      /** Present to replace an existing profile. */
      id: profileIdSchema.optional(),
      name: z.string().trim().min(1, 'Give the profile a name.').max(100),
      connection: profileConnectionSchema,
      rememberPassword: z.boolean(),
    }),
    carries<ConnectionProfile>(),
  ),
  deleteProfile: defineChannel(
    z.strictObject({ id: profileIdSchema }),
    carries<{ deleted: boolean }>(),
  ),
};
