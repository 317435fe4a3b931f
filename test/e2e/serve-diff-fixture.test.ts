/**
 * End to end, the Diff and History views on a real FusionAuth 1.60.2 database whose
 * usage_stats table is empty (FusionAuth had sent nothing when the fixture was dumped): the
 * Diff view says plainly that there is no "last sent" payload and offers the other sources, a
 * published payload file is compared instead, and History says the table is empty.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { sharedFixture } from '../support/postgres.ts';
import { SCREENSHOTS } from './support/chromium.ts';
import { DiffPage } from './support/diff-page.ts';
import { loadedFixtureDatabase } from './support/fixture-database.ts';
import { InspectorPage } from './support/inspector-page.ts';
import { startServeSession } from './support/serve-session.ts';
import { whyNotWithFixtures } from './support/skip-reasons.ts';

const PUBLISHED = 'payloads/fusionauth-1.59.1-docs-example.json';

test('the Diff and History views on a FusionAuth 1.60.2 database that sent nothing', async (t) => {
  const reason = await whyNotWithFixtures();
  if (reason !== null) {
    t.skip(reason);

    return;
  }

  const database = await loadedFixtureDatabase('inspector_e2e_diff');
  const { serve, browser } = await startServeSession(t, {
    profilesPrefix: 'inspector-e2e-diff-fixture-',
    source: ['--db', database.url],
    teardown: database.drop,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const ui = new InspectorPage(page, serve.origin);
  const diff = new DiffPage(page);
  await page.goto(serve.url);
  await ui.connectWithProfile('Given on the command line');
  await ui.setCollectOptions({ today: '2025-10-16', timezone: 'UTC', all: true });
  await ui.collect();

  await t.test('with no sent row, the Diff view says so and offers other sources', async () => {
    await diff.openDiff();
    const notice = page.getByTestId('no-last-sent');
    await notice.waitFor();

    assert.match(
      (await notice.textContent()) ?? '',
      /Nothing has been sent from this database yet.*usage_stats has no row marked sent/,
    );
    assert.match(await diff.sideText('right'), /this run: collected .* 127\.0\.0\.1:5432\//);
    // This run is already on the right, and no other run is saved: a file is what is left.
    assert.match(
      (await page.getByTestId('no-alternatives').textContent()) ?? '',
      /Open a payload file with “Open file…” above/,
    );
    assert.equal(await page.locator('.payload-diff-editor').count(), 0, 'nothing to compare');
    await ui.screenshot(join(SCREENSHOTS, 'diff-no-last-sent.png'));
  });

  await t.test('a published payload file is compared with this run instead', async () => {
    await diff.openFile('left', 'published.json', readFileSync(sharedFixture(PUBLISHED)));
    await diff.side('left').filter({ hasText: 'file published.json' }).waitFor();
    await diff.waitForEditorDifferences();

    assert.match(await diff.sideText('left'), /FusionAuth 1\.59\.1/);
    assert.ok((await diff.rows().count()) > 0, 'differences listed');
    assert.match(
      (await page.locator('.envelope-differences').textContent()) ?? '',
      /applicationVersion"1\.59\.1"→"1\.60\.2"/,
    );
  });

  await t.test('History says usage_stats is empty and lists this run', async () => {
    await diff.openHistory();

    await page
      .locator('.history-view')
      .getByText(/usage_stats is empty/)
      .waitFor();
    const runs = page.getByRole('table', { name: 'Saved runs' }).locator('tbody tr');
    assert.equal(await runs.count(), 1);
    assert.match((await runs.first().textContent()) ?? '', new RegExp(database.name));
    assert.deepEqual(ui.foreignRequests, []);
    assert.deepEqual(ui.pageErrors, []);
  });
});
