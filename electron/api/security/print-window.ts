/**
 * The hidden window the desktop app prints reports to PDF in: never shown, JavaScript off, no
 * preload, sandboxed, in a session of its own that lives in memory and loads nothing but the
 * report handed to it as a data: URL. The report's own Content-Security-Policy forbids every
 * fetch as well; this keeps the window shut even if a report ever did not.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** No `persist:` prefix: Electron keeps this session in memory and drops it on quit. */
export const PRINT_PARTITION = 'usage-inspector-print';

/** What electron/report/electron-pdf.ts loads: the report, base64-encoded, as HTML. */
const REPORT_URL_PREFIX = 'data:text/html;charset=utf-8;base64,';

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    // A4 at 96 dpi; the PDF's page size comes from printToPDF, this only sets the layout width.
    width: 794,
    height: 1123,
    webPreferences: {
      partition: PRINT_PARTITION,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    },
  };
}

export function isAllowedPrintRequest(url: string): boolean {
  return url.startsWith(REPORT_URL_PREFIX);
}

/** The answer for the print session's webRequest.onBeforeRequest. */
export function printRequestDecision(details: { url: string }): { cancel: boolean } {
  return { cancel: !isAllowedPrintRequest(details.url) };
}
