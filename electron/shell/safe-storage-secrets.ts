/**
 * Saved passwords in the desktop app: encrypted with Electron safeStorage (the OS key
 * store). On Linux without a secret service safeStorage falls back to a hard-coded key
 * ("basic_text"), which protects nothing, so passwords are then not kept at all.
 * security.md A1.13.
 */
import { safeStorage } from 'electron';

import {
  encryptedFileSecretStore,
  noSecretStore,
  type SecretStore,
} from '../api/profiles/secret-store.ts';

export function safeStorageSecrets(file: string): SecretStore {
  if (!safeStorage.isEncryptionAvailable()) {
    return noSecretStore('this system offers no key store to encrypt them with.');
  }

  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return noSecretStore(
      'no secret service (GNOME Keyring, KWallet) is running, and without one the password ' +
        'could not be encrypted properly.',
    );
  }

  return encryptedFileSecretStore(
    file,
    {
      encrypt: async (text) => safeStorage.encryptString(text),
      decrypt: async (data) => safeStorage.decryptString(data),
    },
    'Passwords are encrypted with the operating system’s key store, never kept as plain text.',
  );
}
