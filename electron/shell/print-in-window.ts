/**
 * Prints an HTML report in a window opened for that one job and always closed afterwards,
 * whether printing worked or not. Written against the little of BrowserWindow it uses, so the
 * wiring is tested with a fake window under plain Node.
 */
import { type PrintingContents, printReportWithElectron } from '../report/electron-pdf.ts';

export interface PrintWindow {
  webContents: PrintingContents;
  destroy(): void;
}

export async function printInWindow(html: string, open: () => PrintWindow): Promise<Uint8Array> {
  const window = open();
  try {
    return await printReportWithElectron(html, window.webContents);
  } finally {
    window.destroy();
  }
}
