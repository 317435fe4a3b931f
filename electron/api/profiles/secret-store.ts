/**
 * Where saved profile passwords live. The desktop app encrypts them with the operating
 * system's key store (Electron safeStorage, injected here as a cipher so this file needs no
 * Electron); `serve` keeps none. Either way no password is ever written as plain text.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { InspectorError } from '../../../shared/errors.ts';
import type { PasswordStorage } from '../../../shared/ipc/channels/profiles.ts';
import { writeNewFile } from '../../files/write-new-file.ts';

export interface SecretStore {
  readonly storage: PasswordStorage;
  get(profileId: string): Promise<string | undefined>;
  set(profileId: string, password: string): Promise<void>;
  delete(profileId: string): Promise<void>;
}

/** Encrypts with a key the operating system holds (safeStorage in the desktop app). */
export interface Cipher {
  encrypt(text: string): Promise<Buffer>;
  decrypt(data: Buffer): Promise<string>;
}

/** A store that keeps nothing; used by `serve` and when no OS key store is available. */
export function noSecretStore(explanation: string): SecretStore {
  const refuse = async (): Promise<never> => {
    throw new InspectorError('usage', `Passwords cannot be saved here: ${explanation}`);
  };

  return {
    storage: { available: false, explanation },
    get: async () => undefined,
    set: refuse,
    delete: async () => undefined,
  };
}

type SecretFile = Record<string, string>;

/** Ciphertexts (base64) by profile id in one JSON file, readable only by the user. */
export function encryptedFileSecretStore(
  file: string,
  cipher: Cipher,
  explanation: string,
): SecretStore {
  const read = (): SecretFile => readSecretFile(file);
  const write = (secrets: SecretFile): void => {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeNewFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { overwrite: true });
  };

  return {
    storage: { available: true, explanation },
    async get(profileId) {
      const encoded = read()[profileId];

      return encoded === undefined ? undefined : cipher.decrypt(Buffer.from(encoded, 'base64'));
    },
    async set(profileId, password) {
      const encrypted = await cipher.encrypt(password);
      write({ ...read(), [profileId]: encrypted.toString('base64') });
    },
    async delete(profileId) {
      const secrets = read();
      if (Object.hasOwn(secrets, profileId)) {
        delete secrets[profileId];
        write(secrets);
      }
    },
  };
}

function readSecretFile(file: string): SecretFile {
  if (!existsSync(file)) {
    return {};
  }

  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new Error('not a JSON object');
    }

    // A null prototype: an id such as "__proto__" stays an ordinary key.
    const secrets: SecretFile = Object.create(null);
    for (const [id, value] of Object.entries(parsed)) {
      if (typeof value === 'string') {
        secrets[id] = value;
      }
    }

    return secrets;
  } catch (error) {
    throw new InspectorError(
      'file',
      `The saved-password file ${file} cannot be read (${(error as Error).message}). ` +
        'Move it away to start with no saved passwords.',
    );
  }
}
