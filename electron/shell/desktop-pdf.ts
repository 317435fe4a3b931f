/**
 * PDF export in the desktop app: Electron's printToPDF in a hidden window whose session is
 * locked down before its first page (every permission denied, every request but the report
 * itself cancelled).
 */
import { BrowserWindow, type Session, session } from 'electron';

import type { PdfPrinting } from '../api/services.ts';
import {
  PRINT_PARTITION,
  printRequestDecision,
  printWindowOptions,
} from '../api/security/print-window.ts';
import { printInWindow, type PrintWindow } from './print-in-window.ts';

const hardenedSessions = new WeakSet<Session>();

export function desktopPdfPrinting(): PdfPrinting {
  return { available: true, print: (html) => printInWindow(html, openPrintWindow) };
}

function openPrintWindow(): PrintWindow {
  hardenPrintSession(session.fromPartition(PRINT_PARTITION));

  return new BrowserWindow(printWindowOptions());
}

function hardenPrintSession(printSession: Session): void {
  if (hardenedSessions.has(printSession)) {
    return;
  }

  // A printed report needs no permission at all, not even the clipboard the app window gets.
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.setDevicePermissionHandler(() => false);
  printSession.webRequest.onBeforeRequest((details, callback) =>
    callback(printRequestDecision(details)),
  );
  printSession.setSpellCheckerEnabled(false);
  hardenedSessions.add(printSession);
}
