/**
 * End to end on the embedded demo: `usage-inspector serve --demo`, the path a new user
 * follows from the README. Open the demo, collect with FusionAuth's own stat list, find an
 * identity-provider stat and read its value table and SQL, filter, read the payload.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { SCREENSHOTS } from './support/chromium.ts';
import { InspectorPage } from './support/inspector-page.ts';
import { startDemoSession } from './support/serve-session.ts';
import { whyNotDemo } from './support/skip-reasons.ts';

test('the inspector UI on the embedded demo database', async (t) => {
  const reason = whyNotDemo();
  if (reason !== null) {
    t.skip(reason);

    return;
  }

  const { serve, browser } = await startDemoSession(t, 'inspector-e2e-demo-');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const ui = new InspectorPage(page, serve.origin);
  await page.goto(serve.url);

  await t.test('the connect screen offers the demo, and opening it connects', async () => {
    // --demo makes the demo the highlighted choice once the app has asked the server.
    await page.locator('.demo-panel.profile-highlighted').waitFor();
    assert.equal(await page.locator('.profile-highlighted').count(), 1);
    await ui.openDemo();

    assert.match(
      (await page.getByTestId('connection-summary').textContent()) ?? '',
      /embedded demo database/,
    );
  });

  await t.test("collects FusionAuth's list and shows every known stat", async () => {
    await ui.collect();

    assert.ok((await ui.rows().count()) >= 180, 'at least 180 rows');
    assert.match((await page.getByTestId('fact-would-collect').textContent()) ?? '', /Yes/);
    await ui.filterStatus('Not requested');
    const notRequested = await ui.rows().count();
    assert.ok(notRequested > 0, "some stats are not on FusionAuth's list");
    assert.match(await ui.shownCount(), new RegExp(`^${notRequested} of `));
    await ui.filterStatus('All');
    await ui.screenshot(join(SCREENSHOTS, 'demo-overview.png'));
  });

  await t.test('shows an identity provider list as a table, with its SQL', async () => {
    await ui.searchAndSelect('applicationEnabledIdentityProviders');

    const table = page.getByRole('table', { name: 'Identity providers' });
    await table.waitFor();
    const cells = await table.locator('tbody td').allTextContents();
    assert.ok(cells.includes('Google'), `provider types listed: ${cells.join(', ')}`);
    assert.match(await ui.detailSqlText(), /identity_providers/);
    assert.match(
      (await page.getByTestId('metric-detail').textContent()) ?? '',
      /Requested by FusionAuthYes/,
    );
    await ui.screenshot(join(SCREENSHOTS, 'demo-detail.png'));
  });

  await t.test('follows the system colour scheme, Monaco included', async () => {
    const background = 'getComputedStyle(document.body).backgroundColor';
    const light = await ui.inPage<string>(background);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('.sql-view .monaco-editor.vs-dark').waitFor();
    const dark = await ui.inPage<string>(background);
    await ui.screenshot(join(SCREENSHOTS, 'demo-dark.png'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('.sql-view .monaco-editor.vs').waitFor();

    assert.equal(light, 'rgb(244, 245, 247)');
    assert.equal(dark, 'rgb(18, 21, 25)');
  });

  await t.test('the table answers the keyboard: arrows move, Enter opens the detail', async () => {
    await ui.search('tenant');
    await page.getByRole('searchbox', { name: 'Search stat keys' }).press('Enter');
    const first = await page.getByTestId('metric-detail').getAttribute('data-key');
    await page.keyboard.press('ArrowDown');
    const second = await page.getByTestId('metric-detail').getAttribute('data-key');
    await page.keyboard.press('Enter');

    assert.notEqual(first, second);
    assert.match(second ?? '', /tenant/i);
    assert.equal(
      await ui.inPage("document.activeElement?.classList.contains('detail-pane')"),
      true,
    );
  });

  await t.test('at 1024×700 nothing spills sideways and the table still shows rows', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('tab', { name: 'Overview and stats' }).click();
    await ui.clearSearch();

    const widths = await ui.inPage<{ page: number; window: number }>(
      '({ page: document.documentElement.scrollWidth, window: window.innerWidth })',
    );
    assert.ok(widths.page <= widths.window, `page ${widths.page}px in a ${widths.window}px window`);
    const visibleRows = await ui.inPage<number>(
      `[...document.querySelectorAll('.metrics-table tbody tr')]
        .filter((row) => row.getBoundingClientRect().bottom < window.innerHeight).length`,
    );
    assert.ok(visibleRows >= 5, `${visibleRows} rows visible`);
    await ui.screenshot(join(SCREENSHOTS, 'demo-1024x700.png'));
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await t.test('the payload carries the stats the demo computed', async () => {
    const text = await ui.openPayload();

    assert.match(text, /"statsVersion"|"applicationVersion"/);
    assert.deepEqual(ui.foreignRequests, []);
    assert.deepEqual(ui.pageErrors, []);
  });
});
