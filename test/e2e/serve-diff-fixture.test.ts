/**
 * End to end, the Diff and History views on a real FusionAuth 1.60.2 database whose
 * usage_stats table is empty (FusionAuth had sent nothing when the fixture was dumped): the
 * Diff view says plainly that there is no "last sent" payload and offers the other sources, a
 * published payload file is compared instead, and History says the table is empty.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import {
  adminUrl,
  createDatabase,
  dropDatabase,
  loadSqlFile,
  postgresAvailable,
  SHARED_PRESENT,
  sharedFixture,
  uniqueName,
} from '../support/postgres.ts';
import { chromiumMissing, launchChromium, SCREENSHOTS } from './support/chromium.ts';
import { DiffPage } from './support/diff-page.ts';
import { InspectorPage } from './support/inspector-page.ts';
import { ensureRendererBuilt, startServe } from './support/serve-process.ts';

const FIXTURE = 'fusionauth-db/postgresql/fusionauth-1.60.2-fusionauth-module-2025-10-10.sql';
const PUBLISHED = 'payloads/fusionauth-1.59.1-docs-example.json';

async function whyNot(): Promise<string | null> {
  if (!SHARED_PRESENT) {
    return 'the shared fixtures (/work/shared) are not present';
  }

  if (!(await postgresAvailable())) {
    return 'no PostgreSQL server answers on the test address';
  }

  return chromiumMissing();
}

test('the Diff and History views on a FusionAuth 1.60.2 database that sent nothing', async (t) => {
  const reason = await whyNot();
  if (reason !== null) {
    t.skip(reason);

    return;
  }

  ensureRendererBuilt();
  const database = uniqueName('inspector_e2e_diff');
  await createDatabase(database);
  loadSqlFile(database, sharedFixture(FIXTURE));
  const profilesDir = mkdtempSync(join(tmpdir(), 'inspector-e2e-diff-fixture-'));
  const serve = await startServe([
    '--db',
    adminUrl(database),
    '--profiles',
    join(profilesDir, 'profiles.json'),
  ]);
  t.after(async () => {
    await serve.stop();
    await dropDatabase(database);
    rmSync(profilesDir, { recursive: true, force: true });
  });

  const browser = await launchChromium();
  t.after(() => browser.close());
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
    assert.match((await runs.first().textContent()) ?? '', new RegExp(database));
    assert.deepEqual(ui.foreignRequests, []);
    assert.deepEqual(ui.pageErrors, []);
  });
});
