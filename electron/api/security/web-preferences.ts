/**
 * The one place the window's webPreferences are decided. Most values are Electron's
 * defaults already; they are written out so a test (and a reviewer) can see each one, and
 * so a default that changes in a later Electron cannot loosen them silently.
 */
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string, packaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // Middle-click would open links in new windows; new windows are denied anyway.
    disableBlinkFeatures: 'Auxclick',
    devTools: !packaged,
  };
}
