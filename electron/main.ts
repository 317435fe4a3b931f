/**
 * The desktop app's main process: a thin shell around the same handlers `serve` uses. All
 * security decisions live in plain functions under electron/api/security; this file only
 * wires them to Electron, in the order Electron requires.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { app, type BrowserWindow, session } from 'electron';

import { createDispatcher } from './api/dispatch.ts';
import { createHandlers } from './api/handlers/index.ts';
import { requireBuiltRenderer } from './api/renderer-files.ts';
import { forbiddenSwitches } from './api/security/command-line-switches.ts';
import { installAppMenu } from './shell/app-menu.ts';
import { registerAppScheme, serveRenderer } from './shell/app-protocol.ts';
import { desktopServices } from './shell/desktop-services.ts';
import { hardenSession } from './shell/harden-session.ts';
import { hardenWebContents } from './shell/harden-contents.ts';
import { connectIpc } from './shell/ipc-bridge.ts';
import { createMainWindow } from './shell/main-window.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const packaged = app.isPackaged;

let mainWindow: BrowserWindow | null = null;

/** Everything Electron requires before 'ready': sandbox, app://, hardening of every page. */
function prepare(): void {
  app.enableSandbox();
  registerAppScheme();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
}

function start(): void {
  const rendererRoot = join(app.getAppPath(), 'dist', 'renderer');
  requireBuiltRenderer(rendererRoot);

  hardenSession(session.defaultSession);
  serveRenderer(session.defaultSession, rendererRoot);
  installAppMenu(packaged);

  const services = desktopServices(() => mainWindow);
  connectIpc(createDispatcher(createHandlers(services)));
  mainWindow = createMainWindow(join(here, 'preload.cjs'), packaged);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

const refused = packaged ? forbiddenSwitches(process.argv) : [];
if (refused.length > 0) {
  process.stderr.write(`usage-inspector: refusing to start with ${refused.join(' ')}\n`);
  app.exit(2);
} else {
  prepare();
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      process.stderr.write(`usage-inspector: ${(error as Error).message}\n`);
      app.exit(1);
    });
}
