/**
 * The app's one window, loading the renderer from app://inspector/.
 */
import { BrowserWindow, nativeTheme } from 'electron';

import { APP_ENTRY_URL } from '../api/security/app-origin.ts';
import { secureWebPreferences } from '../api/security/web-preferences.ts';

export function createMainWindow(preloadPath: string, packaged: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Usage Inspector',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#121519' : '#f4f5f7',
    webPreferences: secureWebPreferences(preloadPath, packaged),
  });

  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);

  return window;
}
