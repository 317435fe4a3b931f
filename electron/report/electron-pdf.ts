/**
 * Prints the HTML report to PDF in the desktop app, with Electron's own printToPDF. Written
 * against the two methods it needs, so it runs with any WebContents (a hidden window made for
 * printing, with JavaScript off) and is tested without Electron.
 *
 * The page is given as a data: URL, so nothing is written to disk and no file or network
 * access is needed; the report's own Content-Security-Policy forbids every fetch anyway.
 */

/** The part of Electron's WebContents this uses. */
export interface PrintingContents {
  loadURL(url: string): Promise<void>;
  printToPDF(options: ElectronPdfOptions): Promise<Uint8Array>;
}

/** The subset of Electron's printToPDF options this sets. */
export interface ElectronPdfOptions {
  pageSize: 'A4';
  printBackground: boolean;
  preferCSSPageSize: boolean;
}

export const ELECTRON_PDF_OPTIONS: ElectronPdfOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
};

export function reportDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

export async function printReportWithElectron(
  html: string,
  contents: PrintingContents,
): Promise<Uint8Array> {
  await contents.loadURL(reportDataUrl(html));

  return contents.printToPDF(ELECTRON_PDF_OPTIONS);
}
