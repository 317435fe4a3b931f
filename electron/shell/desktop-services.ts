/**
 * The handlers' services in the desktop app: profiles and encrypted passwords in the user's
 * settings folder, the native save dialog, and PDF printing in a hidden window.
 */
import { join } from 'node:path';

import { app, type BrowserWindow, dialog } from 'electron';

import { realDatabaseAccess } from '../api/database-access.ts';
import { PROFILES_FILE, SECRETS_FILE } from '../api/profiles/config-directory.ts';
import { fileProfileStore } from '../api/profiles/profile-store.ts';
import { RunRegistry } from '../api/runs/run-registry.ts';
import { SavedRunLog } from '../api/runs/saved-run-log.ts';
import type { ApiServices, SaveFileKind } from '../api/services.ts';
import { desktopPdfPrinting } from './desktop-pdf.ts';
import { safeStorageSecrets } from './safe-storage-secrets.ts';

const PAYLOAD_FILE: SaveFileKind = {
  title: 'Save the usage payload',
  filter: { name: 'JSON', extensions: ['json'] },
};

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
    savedRuns: new SavedRunLog(),
    // The app's own data folder, so runs and reviews live with the app's other settings.
    runsDirectory: join(settings, 'runs'),
    pdf: desktopPdfPrinting(),
    async chooseSaveFile(suggestedName, kind = PAYLOAD_FILE) {
      const options = {
        title: kind.title,
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [kind.filter],
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
