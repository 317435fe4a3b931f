/**
 * Every webContents the app ever gets: no navigation away from app://inspector/, no new
 * windows, no webviews. Hooked from app 'web-contents-created' so nothing escapes it.
 * security.md A1.5; Electron's checklist items 12-14.
 */
import type { WebContents } from 'electron';

import { isAllowedNavigation, windowOpenDecision } from '../api/security/navigation.ts';

export function hardenWebContents(contents: WebContents): void {
  const refuseNavigation = (event: { url: string; preventDefault: () => void }): void => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
      process.stderr.write(`usage-inspector: refused navigation to ${event.url}\n`);
    }
  };

  contents.on('will-navigate', refuseNavigation);
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.setWindowOpenHandler(windowOpenDecision);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
