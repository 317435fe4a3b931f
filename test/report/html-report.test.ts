/**
 * The HTML report: every interpolated value escaped, nothing outside the page referenced,
 * and, in headless Chromium, no network request at all, every in-page link landing on its
 * target, a screenshot to look at, and a PDF. The browser part skips without Chromium.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { type Browser, chromium, type Page } from 'playwright-core';

import { CHROMIUM_ARGS, htmlToPdfWithChromium } from '../../electron/report/chromium-pdf.ts';
import {
  ELECTRON_PDF_OPTIONS,
  type ElectronPdfOptions,
  printReportWithElectron,
} from '../../electron/report/electron-pdf.ts';
import { renderReportHtml } from '../../shared/report/html/render-report.ts';
import type { ReportModel } from '../../shared/report/types.ts';
import { demoModel, fileModel } from './support/report-models.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));
const noBrowser = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed`;

let demo: ReportModel;
let demoHtml: string;
let fileHtml: string;

before(async () => {
  demo = await demoModel();
  demoHtml = renderReportHtml(demo);
  fileHtml = renderReportHtml(fileModel());
});

describe('the document itself', () => {
  test('hostile text from the payload, the review and the source is escaped everywhere', () => {
    for (const tag of ['<script', '<img', '<svg', '<iframe', '<b>Eve']) {
      assert.equal(fileHtml.includes(tag), false, `${tag} must not appear as markup`);
    }
    assert.ok(fileHtml.includes('&lt;script&gt;alert(2)&lt;/script&gt;'));
    assert.ok(fileHtml.includes('&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;friends&quot;'));
    assert.ok(fileHtml.includes('&quot;&gt;&lt;svg onload=alert(3)&gt;'));
  });

  test('a hostile key gets a safe anchor id', () => {
    const anchor = /id="(metric-[^"]*_3c_img[^"]*)"/.exec(fileHtml);

    assert.ok(anchor, 'the metric block of the hostile key has an id');
    assert.match(anchor[1] as string, /^metric-[A-Za-z0-9_-]+$/);
  });

  test('nothing outside the page is referenced, and no script is needed', () => {
    for (const html of [demoHtml, fileHtml]) {
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      const names = new Set(tags.map((tag) => /^<([a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase()));
      for (const forbidden of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base']) {
        assert.equal(names.has(forbidden), false, `<${forbidden}> found`);
      }
      assert.deepEqual(
        tags.filter((tag) => /\s(src|srcset|action|style)=/i.test(tag)),
        [],
      );
      const hrefs = tags.flatMap((tag) => /\shref="([^"]*)"/.exec(tag)?.[1] ?? []);
      assert.ok(hrefs.length > 10);
      assert.deepEqual(
        hrefs.filter((href) => !href.startsWith('#')),
        [],
      );

      const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
      assert.ok(css.includes('@media print'));
      assert.doesNotMatch(css, /url\(|@import|@font-face/);
      assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;/);
    }
  });

  test('it holds the summary, check, diff, opt-out state, every metric and the review', () => {
    assert.ok(demoHtml.includes(demo.payloadSha256));
    assert.ok(demoHtml.includes('Approved'));
    assert.ok(demoHtml.includes('Ada Lovelace'));
    assert.ok(demoHtml.includes('Changes since the last sent payload'));
    assert.equal(demo.lastSent.available, true);
    assert.ok(demoHtml.includes('Would FusionAuth collect usage data now?'));
    assert.equal(demo.metrics.length, 244);
    for (const row of demo.metrics) {
      assert.ok(demoHtml.includes(`id="${row.anchor}"`), row.key);
    }
    // The SQL of a stat is printed, escaped (its quotes and > become entities).
    assert.ok(demoHtml.includes('SELECT count(*) AS value'));
  });

  test('without a database, the diff and opt-out sections say why they are empty', () => {
    assert.match(fileHtml, /Not available: no FusionAuth database was read/);
    assert.match(fileHtml, /Rejected/);
    assert.match(fileHtml, /Needs attention/);
  });
});

describe('in headless Chromium', { skip: noBrowser }, () => {
  let browser: Browser;
  const workDir = mkdtempSync(join(tmpdir(), 'usage-inspector-report-html-'));

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  /** Every request the page makes, the document's own excepted. */
  function recordRequests(page: Page, documentUrl: string | null): string[] {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== documentUrl) {
        requests.push(request.url());
      }
    });

    return requests;
  }

  test('opened from memory, the report makes no network request at all', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    const requests = recordRequests(page, null);
    await page.setContent(demoHtml, { waitUntil: 'load' });

    assert.deepEqual(requests, []);
    await page.screenshot({ path: join(SCREENSHOTS, 'report.png') });
    await page.close();
  });

  test('opened as a file, the only request is the file itself', async () => {
    const path = join(workDir, 'report.html');
    writeFileSync(path, fileHtml);
    const url = pathToFileURL(path).href;
    const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    const requests = recordRequests(page, url);
    await page.goto(url, { waitUntil: 'load' });

    assert.deepEqual(requests, []);
    const privacy = page.locator('#privacy');
    await privacy.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: join(SCREENSHOTS, 'report-attention.png'),
      clip: { x: 0, y: (await privacy.boundingBox())!.y, width: 1200, height: 1500 },
      fullPage: true,
    });
    await page.close();
  });

  test('a tampered copy with an image still fetches nothing (its CSP forbids it)', async () => {
    const tampered = demoHtml.replace('<body>', '<body><img src="http://127.0.0.1:9/x.png">');
    const page = await browser.newPage();
    // Chromium reports the attempt, then fails it with "csp" before anything leaves.
    const failed = page.waitForEvent('requestfailed');
    await page.setContent(tampered, { waitUntil: 'load' });

    assert.equal((await failed).failure()?.errorText, 'csp');
    await page.close();
  });

  test('every in-page link lands on an element of the page', async () => {
    const page = await browser.newPage();
    await page.setContent(fileHtml, { waitUntil: 'load' });
    const hrefs = await page.$$eval('a[href^="#"]', (links) =>
      links.map((link) => link.getAttribute('href') as string),
    );
    const ids = new Set(await page.$$eval('[id]', (elements) => elements.map((e) => e.id)));

    assert.ok(hrefs.length > 10);
    assert.deepEqual(
      hrefs.filter((href) => !ids.has(href.slice(1))),
      [],
    );
    // A finding links to its metric.
    const target = await page.getAttribute('table.findings a[href^="#metric-"]', 'href');
    assert.equal(target, '#metric-instanceSearchType');
    await page.close();
  });

  test('it prints to a multi-page A4 PDF', async () => {
    const pdf = Buffer.from(await htmlToPdfWithChromium(demoHtml, CHROMIUM));

    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.ok(pages.length > 5, `expected many pages, got ${pages.length}`);
  });
});

test("the desktop app's printToPDF gets the report as a data URL and A4 options", async () => {
  const calls: { url?: string; options?: ElectronPdfOptions } = {};
  const contents = {
    async loadURL(url: string) {
      calls.url = url;
    },
    async printToPDF(options: ElectronPdfOptions) {
      calls.options = options;

      return new Uint8Array([37, 80, 68, 70]);
    },
  };
  const pdf = await printReportWithElectron('<p>é</p>', contents);

  assert.deepEqual([...pdf], [37, 80, 68, 70]);
  const [prefix, data] = (calls.url as string).split(',') as [string, string];
  assert.equal(prefix, 'data:text/html;charset=utf-8;base64');
  assert.equal(Buffer.from(data, 'base64').toString('utf8'), '<p>é</p>');
  assert.deepEqual(calls.options, ELECTRON_PDF_OPTIONS);
});
