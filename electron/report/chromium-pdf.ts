/**
 * Prints the HTML report to PDF with a headless Chromium, for the command line. The page is
 * loaded from memory with JavaScript off, every request it might make is aborted, and the
 * browser is started with background networking disabled: printing contacts nothing.
 */
import { accessSync, constants } from 'node:fs';

import { InspectorError } from '../../shared/errors.ts';

/** Debian's and most distributions' path; USAGE_INSPECTOR_CHROMIUM overrides it. */
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

/** The Chromium executable to use, or null when there is none. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | null {
  const path = env['USAGE_INSPECTOR_CHROMIUM'] || DEFAULT_CHROMIUM;
  try {
    accessSync(path, constants.X_OK);

    return path;
  } catch {
    return null;
  }
}

export function requireChromium(): string {
  const path = findChromium();
  if (path === null) {
    throw new InspectorError(
      'usage',
      `report: a PDF needs a headless Chromium at ${DEFAULT_CHROMIUM} (or set ` +
        'USAGE_INSPECTOR_CHROMIUM); none was found. Write --out FILE.html and print it ' +
        'from a browser instead.',
    );
  }

  return path;
}

export async function htmlToPdfWithChromium(
  html: string,
  executablePath: string = requireChromium(),
): Promise<Uint8Array> {
  // Loaded only for PDFs: the rest of the CLI must not pay for the browser driver.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });

    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } catch (error) {
    throw new InspectorError(
      'internal',
      `Chromium could not print the report: ${(error as Error).message}`,
    );
  } finally {
    await browser.close();
  }
}
