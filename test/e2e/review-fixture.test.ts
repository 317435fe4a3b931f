/**
 * End to end, the Review view on a real PostgreSQL database: our seeded FusionAuth schema with
 * an email address planted as an identity provider's type, which FusionAuth would send in
 * applicationEnabledIdentityProviders. The check needs attention, the finding links to that
 * stat, and a rejection is saved and exported as evidence that still verifies.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { verifyEvidence } from '../../electron/report/verify-evidence.ts';
import { seededToday } from '../fixtures/seeded/expected.ts';
import {
  adminQuery,
  adminUrl,
  createDatabase,
  dropDatabase,
  uniqueName,
} from '../support/postgres.ts';
import { SCREENSHOTS } from './support/chromium.ts';
import { InspectorPage } from './support/inspector-page.ts';
import { startServeSession } from './support/serve-session.ts';
import { whyNotWithPostgres } from './support/skip-reasons.ts';

const PLANTED = 'alice@example.com';
const STAT = 'applicationEnabledIdentityProviders';

const schemaSql = readFileSync(new URL('../../electron/demo/schema.sql', import.meta.url), 'utf8');
const seedSql = readFileSync(new URL('../fixtures/seeded/seed.sql', import.meta.url), 'utf8');

test('the Review view flags an email planted in a real database', async (t) => {
  const reason = await whyNotWithPostgres();
  if (reason !== null) {
    t.skip(reason);

    return;
  }

  const database = uniqueName('inspector_review_e2e');
  await createDatabase(database);
  await adminQuery(schemaSql, database);
  await adminQuery(seedSql, database);
  // Google is global, enabled and linked to logged-in applications, so its type is sent.
  await adminQuery(
    `UPDATE identity_providers SET type = '${PLANTED}' WHERE name = 'Google'`,
    database,
  );
  const { serve, browser } = await startServeSession(t, {
    profilesPrefix: 'inspector-e2e-review-',
    source: ['--db', adminUrl(database)],
    teardown: () => dropDatabase(database),
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const ui = new InspectorPage(await context.newPage(), serve.origin);
  const page = ui.page;
  await page.goto(serve.url);
  await ui.connectWithProfile('Given on the command line');
  await ui.setCollectOptions({ today: seededToday, timezone: 'UTC' });
  await ui.collect();

  await t.test('the check needs attention and names the planted address', async () => {
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.getByTestId('privacy-status').waitFor();

    assert.equal(await page.getByTestId('privacy-status').textContent(), 'Needs attention');
    const finding = page
      .getByTestId('privacy-finding')
      .filter({ hasText: 'Email address' })
      .filter({ hasText: PLANTED });
    assert.equal(await finding.count(), 1);
    assert.equal(await finding.getAttribute('data-stat-key'), STAT);
    assert.match((await finding.textContent()) ?? '', /Needs attention/);
    assert.match(
      (await page.getByRole('list', { name: 'Reasons' }).textContent()) ?? '',
      new RegExp(`Email address: 1 at stats\\.${STAT}\\[\\d\\]\\.idp`),
    );
    await ui.screenshot(join(SCREENSHOTS, 'review-attention.png'));
  });

  await t.test("clicking the finding opens its stat's detail, with the value", async () => {
    await page
      .getByTestId('privacy-finding')
      .filter({ hasText: PLANTED })
      .getByRole('button', { name: `Show stat ${STAT}` })
      .click();

    const detail = page.locator(`[data-testid="metric-detail"][data-key="${STAT}"]`);
    await detail.waitFor();
    assert.equal(
      await page.getByRole('tab', { name: 'Overview and stats' }).getAttribute('aria-selected'),
      'true',
    );
    const cells = await detail.getByRole('table', { name: 'Identity providers' }).allTextContents();
    assert.match(cells.join(' '), new RegExp(PLANTED));
  });

  await t.test('a rejection is saved, and the evidence records it and verifies', async () => {
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.locator('input[name="reviewer"]').fill('Lee Auditor');
    await page.getByLabel('Reject').check();
    await page.locator('textarea[name="comment"]').fill('An email address would leave.');
    await page.getByRole('button', { name: 'Save review' }).click();
    await page.getByTestId('saved-review').filter({ hasText: 'saved just now' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON evidence', exact: true }).click(),
    ]);
    const evidence = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      privacyCheck: { status: string };
      review: { reviewer: string; decision: string; privacyStatus: string } | null;
      source: { database: string | null };
    };

    assert.deepEqual(verifyEvidence(evidence), { valid: true, problems: [] });
    assert.equal(evidence.privacyCheck.status, 'needs-attention');
    assert.deepEqual(
      [evidence.review?.reviewer, evidence.review?.decision, evidence.review?.privacyStatus],
      ['Lee Auditor', 'reject', 'needs-attention'],
    );
    assert.equal(evidence.source.database, `127.0.0.1:5432/${database}`);
    assert.deepEqual(ui.foreignRequests, []);
    assert.deepEqual(ui.pageErrors, []);
  });
});
