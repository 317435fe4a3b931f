/**
 * PDF export in serve mode: the report is printed by the same headless Chromium the command
 * line uses, when one is installed. Without one, the Review view says why its PDF button
 * cannot work and what to do instead.
 */
import { findChromium, htmlToPdfWithChromium } from '../report/chromium-pdf.ts';
import type { PdfPrinting } from '../api/services.ts';

export function servePdfPrinting(
  environment: Record<string, string | undefined> = process.env,
): PdfPrinting {
  const chromium = findChromium(environment);
  if (chromium === null) {
    return {
      available: false,
      reason:
        'A PDF needs a headless Chromium at /usr/bin/chromium (or USAGE_INSPECTOR_CHROMIUM set ' +
        'before starting serve), and none was found. Export the HTML report and print it ' +
        'from the browser instead.',
    };
  }

  return { available: true, print: (html) => htmlToPdfWithChromium(html, chromium) };
}
