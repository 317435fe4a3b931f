/**
 * End to end, the Review view on the embedded demo: `usage-inspector serve --demo` in a child
 * process with its own data folder, Debian's Chromium driving the UI. Collect, open Review,
 * read the verdict and the findings, follow a key to its stat, try to save without a name,
 * sign off, see the review listed, and export HTML, JSON evidence and PDF.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import type { Download, Page } from 'playwright-core';

import { SCREENSHOTS } from './support/chromium.ts';
import { InspectorPage } from './support/inspector-page.ts';
import { startDemoSession } from './support/serve-session.ts';
import { whyNotDemo } from './support/skip-reasons.ts';

const REVIEWER = 'Dana Reviewer';

async function downloadOf(page: Page, buttonName: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);

  return download;
}

async function downloadedText(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

test('the Review view on the embedded demo database', async (t) => {
  const reason = whyNotDemo();
  if (reason !== null) {
    t.skip(reason);

    return;
  }

  // Runs and reviews go to the serve process's own $USAGE_INSPECTOR_HOME (see startServe).
  const { serve, browser } = await startDemoSession(t, 'inspector-e2e-review-');
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const ui = new InspectorPage(page, serve.origin);
  await page.goto(serve.url);
  await ui.openDemo();
  await ui.collect();

  const review = page.locator('.review-view');
  const saveButton = page.getByRole('button', { name: 'Save review' });

  await t.test('Review shows the verdict, its reasons and the findings', async () => {
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.getByTestId('privacy-status').waitFor();

    assert.equal(await page.getByTestId('privacy-status').textContent(), 'Pass');
    const reasons = await review.getByRole('list', { name: 'Reasons' }).textContent();
    assert.match(reasons ?? '', /No string in the payload looks like an email address/);
    const findings = page.getByTestId('privacy-finding');
    assert.ok((await findings.count()) >= 1, 'the instance id is noted');
    const instance = findings.filter({ hasText: 'instanceId' });
    assert.match((await instance.textContent()) ?? '', /Identifier that links sends/);
    assert.match((await instance.textContent()) ?? '', /envelope, not a stat/);

    const identifiers = await page.getByTestId('identifier').allTextContents();
    assert.match(identifiers[0] ?? '', /Instance id\s*Sent/);
    assert.match(identifiers[1] ?? '', /License id\s*Not sent/);
    assert.match((await page.getByTestId('payload-sha256').textContent()) ?? '', /^[0-9a-f]{64}$/);
  });

  await t.test('a key links to its stat: the stats view opens with it selected', async () => {
    await review.locator('.review-class summary', { hasText: /^count/ }).click();
    await review.getByRole('button', { name: 'stats.tenantNumber', exact: true }).click();

    await page.locator('[data-testid="metric-detail"][data-key="tenantNumber"]').waitFor();
    assert.equal(
      await page.getByRole('tab', { name: 'Overview and stats' }).getAttribute('aria-selected'),
      'true',
    );
    assert.equal(
      await page.locator('.metrics-table tr[aria-selected="true"]').getAttribute('data-key'),
      'tenantNumber',
    );
    await page.getByRole('tab', { name: 'Review' }).click();
    await review.locator('.review-class summary', { hasText: /^count/ }).click();
  });

  await t.test('without a name the review cannot be saved, and the form says why', async () => {
    await page.getByLabel('Approve').check();
    await page.locator('textarea[name="comment"]').fill('Counts and versions only.');

    assert.equal(await saveButton.isDisabled(), true);
    assert.match(
      (await page.getByTestId('review-form-hint').textContent()) ?? '',
      /Cannot save yet: the reviewer's name is missing\.$/,
    );

    await page.locator('input[name="reviewer"]').fill('   ');
    assert.equal(await saveButton.isDisabled(), true, 'spaces are not a name');
  });

  await t.test('the server refuses a review without a name with a typed error', async () => {
    const response = await fetch(`${serve.origin}/api/saveRunReview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Inspector-Token': serve.token },
      body: JSON.stringify({ runId: randomUUID(), decision: 'approve' }),
    });
    const envelope = (await response.json()) as {
      ok: boolean;
      error: { code: string; message: string; details: { problems: string[] } };
    };

    assert.equal(envelope.ok, false);
    assert.equal(envelope.error.code, 'usage');
    assert.match(envelope.error.message, /The review was not saved: the reviewer's name/);
    assert.deepEqual(envelope.error.details.problems, ["the reviewer's name is missing"]);
  });

  await t.test('a saved review is listed with its time and the payload hash', async () => {
    await page.locator('input[name="reviewer"]').fill(REVIEWER);
    assert.equal(await saveButton.isEnabled(), true);
    await saveButton.click();

    const saved = page.getByTestId('saved-review').filter({ hasText: 'saved just now' });
    await saved.waitFor();
    const text = (await saved.textContent()) ?? '';
    const hash = (await page.getByTestId('payload-sha256').textContent()) ?? '';
    assert.match(text, new RegExp(`Approved${REVIEWER}`));
    assert.match(text, /Counts and versions only\./);
    assert.ok(text.includes(hash), 'the review shows the hash it is bound to');
    assert.match((await saved.locator('time').getAttribute('datetime')) ?? '', /^\d{4}-.+Z$/);
    assert.equal(await saveButton.isDisabled(), true, 'the decision is asked afresh');
    await page.getByRole('status').filter({ hasText: 'Review saved' }).waitFor();
    assert.ok(
      text.includes(`${serve.home}/runs/reviews/`),
      'the file is kept with the runs of this serve process',
    );
    assert.match(text, /reviews\/\d{8}-\d{6}-[0-9a-f]{6}-[0-9a-f]{16}\.json/);
    await ui.inPage("document.querySelector('.review-check').scrollTop = 0");
    await ui.screenshot(join(SCREENSHOTS, 'review.png'));
  });

  await t.test('exports the HTML report with the review in it', async () => {
    const download = await downloadOf(page, 'HTML report');
    const html = await downloadedText(download);

    assert.match(download.suggestedFilename(), /^fusionauth-usage-review-.+\.html$/);
    assert.match(html, /^<!doctype html>/i);
    assert.ok(html.includes(REVIEWER), 'the report names the reviewer');
    assert.ok(html.includes((await page.getByTestId('payload-sha256').textContent()) ?? '-'));
  });

  await t.test('exports the JSON evidence and a PDF', async () => {
    const evidence = JSON.parse(await downloadedText(await downloadOf(page, 'JSON evidence'))) as {
      format: string;
      payloadSha256: string;
      review: { reviewer: string; decision: string } | null;
    };
    assert.equal(evidence.format, 'usage-inspector-evidence');
    assert.equal(evidence.payloadSha256, await page.getByTestId('payload-sha256').textContent());
    assert.deepEqual([evidence.review?.reviewer, evidence.review?.decision], [REVIEWER, 'approve']);

    const pdf = readFileSync((await (await downloadOf(page, 'PDF')).path())!);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  await t.test('the dark theme colours the verdict and the records too', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await ui.inPage<string>(
      "getComputedStyle(document.querySelector('.review-side')).backgroundColor",
    );
    await ui.screenshot(join(SCREENSHOTS, 'review-dark.png'));
    await page.emulateMedia({ colorScheme: 'light' });

    assert.equal(background, 'rgb(26, 30, 36)', 'the dark surface colour');
  });

  await t.test('at 1024×700 nothing spills sideways', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const widths = await ui.inPage<{ page: number; window: number }>(
      '({ page: document.documentElement.scrollWidth, window: window.innerWidth })',
    );
    assert.ok(widths.page <= widths.window, `page ${widths.page}px in a ${widths.window}px window`);
    await ui.screenshot(join(SCREENSHOTS, 'review-1024x700.png'));
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await t.test('nothing outside the server was requested and the page raised no error', () => {
    assert.deepEqual(ui.foreignRequests, []);
    assert.deepEqual(ui.pageErrors, []);
  });
});
