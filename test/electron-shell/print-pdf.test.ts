/**
 * The desktop app's PDF export without Electron: a fake window stands in for the hidden
 * BrowserWindow, so the test sees what is loaded into it, how it is printed, and that it is
 * always closed. The window's options and its session's request filter are plain data.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  isAllowedPrintRequest,
  PRINT_PARTITION,
  printRequestDecision,
  printWindowOptions,
} from '../../electron/api/security/print-window.ts';
import { ELECTRON_PDF_OPTIONS, reportDataUrl } from '../../electron/report/electron-pdf.ts';
import { printInWindow, type PrintWindow } from '../../electron/shell/print-in-window.ts';

const REPORT = '<!doctype html><html><body><h1>Privacy review · Dana</h1></body></html>';

function fakeWindow(behaviour: { failLoad?: boolean; failPrint?: boolean } = {}) {
  const calls: string[] = [];
  const loaded: string[] = [];
  const printed: unknown[] = [];
  const window: PrintWindow = {
    webContents: {
      async loadURL(url) {
        calls.push('loadURL');
        loaded.push(url);
        if (behaviour.failLoad === true) {
          throw new Error('ERR_BLOCKED_BY_CLIENT');
        }
      },
      async printToPDF(options) {
        calls.push('printToPDF');
        printed.push(options);
        if (behaviour.failPrint === true) {
          throw new Error('Printing failed');
        }

        return new TextEncoder().encode('%PDF-1.7 fake');
      },
    },
    destroy() {
      calls.push('destroy');
    },
  };

  return { window, calls, loaded, printed };
}

describe('printInWindow', () => {
  test('loads the report as a data: URL, prints A4 with backgrounds, then closes', async () => {
    const fake = fakeWindow();
    let opened = 0;

    const bytes = await printInWindow(REPORT, () => {
      opened += 1;

      return fake.window;
    });

    assert.equal(new TextDecoder().decode(bytes), '%PDF-1.7 fake');
    assert.equal(opened, 1);
    assert.deepEqual(fake.calls, ['loadURL', 'printToPDF', 'destroy']);
    assert.deepEqual(fake.loaded, [reportDataUrl(REPORT)]);
    const encoded = (fake.loaded[0] ?? '').split(',')[1] ?? '';
    assert.equal(Buffer.from(encoded, 'base64').toString('utf8'), REPORT, 'non-ASCII survives');
    assert.deepEqual(fake.printed, [ELECTRON_PDF_OPTIONS]);
    assert.deepEqual(ELECTRON_PDF_OPTIONS, {
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
  });

  test('the window is closed when loading or printing fails, and the error is kept', async () => {
    for (const behaviour of [{ failLoad: true }, { failPrint: true }]) {
      const fake = fakeWindow(behaviour);

      await assert.rejects(
        printInWindow(REPORT, () => fake.window),
        /ERR_BLOCKED_BY_CLIENT|Printing failed/,
      );
      assert.equal(fake.calls.at(-1), 'destroy');
      assert.equal(fake.calls.filter((call) => call === 'destroy').length, 1);
    }
  });
});

describe('the print window', () => {
  test('is hidden, runs no script, and has no preload, in a session kept in memory', () => {
    const options = printWindowOptions();
    const preferences = options.webPreferences ?? {};

    assert.equal(options.show, false);
    assert.equal(preferences.javascript, false);
    assert.equal(preferences.sandbox, true);
    assert.equal(preferences.contextIsolation, true);
    assert.equal(preferences.nodeIntegration, false);
    assert.equal(preferences.devTools, false);
    assert.equal(preferences.preload, undefined);
    assert.equal(preferences.partition, PRINT_PARTITION);
    assert.doesNotMatch(PRINT_PARTITION, /^persist:/);
  });

  test('its session lets through the report and nothing else', () => {
    assert.equal(isAllowedPrintRequest(reportDataUrl(REPORT)), true);
    assert.deepEqual(printRequestDecision({ url: reportDataUrl(REPORT) }), { cancel: false });
    for (const url of [
      'https://example.com/logo.png',
      'http://127.0.0.1:9000/',
      'file:///etc/passwd',
      'app://inspector/index.html',
      'data:image/svg+xml;base64,PHN2Zy8+',
      'data:text/html,<script>alert(1)</script>',
      'blob:app://inspector/1234',
      'ws://127.0.0.1:9222/devtools',
      '',
    ]) {
      assert.deepEqual(printRequestDecision({ url }), { cancel: true }, url);
    }
  });
});
