/**
 * The handlers' services in the desktop app: profiles and encrypted passwords in the user's
 * settings folder, and the native save dialog.
 */
import { join } from 'node:path';

import { app, type BrowserWindow, dialog } from 'electron';

import { realDatabaseAccess } from '../api/database-access.ts';
import { PROFILES_FILE, SECRETS_FILE } from '../api/profiles/config-directory.ts';
import { fileProfileStore } from '../api/profiles/profile-store.ts';
import { RunRegistry } from '../api/runs/run-registry.ts';
import type { ApiServices } from '../api/services.ts';
import { safeStorageSecrets } from './safe-storage-secrets.ts';

export function desktopServices(window: () => BrowserWindow | null): ApiServices {
  const settings = app.getPath('userData');

  return {
    mode: 'desktop',
    database: realDatabaseAccess,
    profiles: fileProfileStore(join(settings, PROFILES_FILE)),
    secrets: safeStorageSecrets(join(settings, SECRETS_FILE)),
    builtInProfile: null,
    startDemo: false,
    runs: new RunRegistry(),
    async chooseSaveFile(suggestedName) {
      const options = {
        title: 'Save the usage payload',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      };
      const owner = window();
      const result =
        owner === null
          ? await dialog.showSaveDialog(options)
          : await dialog.showSaveDialog(owner, options);

      return result.canceled || result.filePath === undefined ? null : result.filePath;
    },
  };
}
