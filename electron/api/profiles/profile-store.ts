/**
 * Saved connection profiles in one JSON file, without passwords (those live in a
 * SecretStore). The file is checked when read, so a hand-edited file cannot smuggle a
 * password or an unexpected shape into the app.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { z } from 'zod';

import { InspectorError } from '../../../shared/errors.ts';
import { profileConnectionSchema } from '../../../shared/ipc/target-schema.ts';
import { writeNewFile } from '../../files/write-new-file.ts';
import { holdsPassword } from './connection-password.ts';

const storedProfileSchema = z.strictObject({
  id: z.string().min(1).max(128),
  name: z.string().min(1).max(100),
  connection: profileConnectionSchema,
});

const profileFileSchema = z.strictObject({
  version: z.literal(1),
  profiles: z.array(storedProfileSchema),
});

export type StoredProfile = z.infer<typeof storedProfileSchema>;

export interface ProfileStore {
  list(): StoredProfile[];
  get(id: string): StoredProfile | undefined;
  put(profile: StoredProfile): void;
  remove(id: string): boolean;
}

export function fileProfileStore(file: string): ProfileStore {
  const read = (): StoredProfile[] => readProfileFile(file);
  const write = (profiles: StoredProfile[]): void => {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const content = { version: 1, profiles } satisfies z.infer<typeof profileFileSchema>;
    writeNewFile(file, `${JSON.stringify(content, null, 2)}\n`, { overwrite: true });
  };

  return {
    list: read,
    get: (id) => read().find((profile) => profile.id === id),
    put(profile) {
      const others = read().filter((existing) => existing.id !== profile.id);
      write([...others, assertNoPassword(profile)]);
    },
    remove(id) {
      const profiles = read();
      const kept = profiles.filter((profile) => profile.id !== id);
      if (kept.length === profiles.length) {
        return false;
      }

      write(kept);

      return true;
    },
  };
}

function readProfileFile(file: string): StoredProfile[] {
  if (!existsSync(file)) {
    return [];
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw unreadable(file, (error as Error).message);
  }

  const checked = profileFileSchema.safeParse(parsed);
  if (!checked.success) {
    throw unreadable(file, 'it does not have the expected shape');
  }

  return checked.data.profiles.map(assertNoPassword);
}

function unreadable(file: string, why: string): InspectorError {
  return new InspectorError(
    'file',
    `The profiles file ${file} cannot be read: ${why}. Fix it or move it away to start over.`,
  );
}

/** The last guard before a profile is stored or shown: a password here is a bug. */
function assertNoPassword(profile: StoredProfile): StoredProfile {
  if (holdsPassword(profile.connection)) {
    throw new InspectorError('internal', `Profile "${profile.name}" still holds a password.`);
  }

  return profile;
}
