/**
 * serve's PDF export is offered only when a headless Chromium is there to print with; without
 * one, the reason the Review view shows names the path and the way out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { servePdfPrinting } from '../../electron/serve/serve-pdf.ts';

test('without Chromium, PDF export is unavailable and says why', () => {
  const pdf = servePdfPrinting({ USAGE_INSPECTOR_CHROMIUM: '/nonexistent/chromium' });

  assert.equal(pdf.available, false);
  assert.match(pdf.available ? '' : pdf.reason, /headless Chromium at \/usr\/bin\/chromium/);
  assert.match(pdf.available ? '' : pdf.reason, /Export the HTML report and print it/);
});

test('with an executable Chromium, PDF export is offered', () => {
  // Any executable stands in: only whether it can be run is checked until a PDF is printed.
  const pdf = servePdfPrinting({ USAGE_INSPECTOR_CHROMIUM: process.execPath });

  assert.equal(pdf.available, true);
});
