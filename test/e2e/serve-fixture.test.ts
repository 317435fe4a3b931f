/**
 * End to end on a real FusionAuth 1.60.2 database: `usage-inspector serve --db URL` in a
 * child process, Debian's Chromium driving the UI. Connect (a wrong password first), collect
 * every stat for 2025-10-16, find a stat, read its SQL in Monaco, cancel a run, see a failed
 * stat, read and save the payload. Screenshots go to test-output/screenshots/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import pg from 'pg';

import { startPasswordRefusingServer } from '../support/fake-postgres.ts';
import { adminUrl } from '../support/postgres.ts';
import { SCREENSHOTS } from './support/chromium.ts';
import { loadedFixtureDatabase } from './support/fixture-database.ts';
import { InspectorPage } from './support/inspector-page.ts';
import { startServeSession } from './support/serve-session.ts';
import { whyNotWithFixtures } from './support/skip-reasons.ts';

/** Read by exactly one stat, so holding a lock on it stalls (then fails) that stat alone. */
const LOCKED_TABLE = 'entity_types';
const LOCKED_STAT = 'entitiesTypeNumber';

/** Holds ACCESS EXCLUSIVE on a table from another session until released. */
async function lockTable(database: string, table: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: adminUrl(database) });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);

  return async () => {
    await client.query('ROLLBACK');
    await client.end();
  };
}

test('the inspector UI on the FusionAuth 1.60.2 fixture', async (t) => {
  const reason = await whyNotWithFixtures();
  if (reason !== null) {
    t.skip(reason);

    return;
  }

  const database = await loadedFixtureDatabase('inspector_e2e');
  const refusing = await startPasswordRefusingServer();
  const { serve, browser } = await startServeSession(t, {
    profilesPrefix: 'inspector-e2e-',
    source: ['--db', database.url],
    teardown: async () => {
      await refusing.close();
      await database.drop();
    },
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: serve.origin });
  const ui = new InspectorPage(await context.newPage(), serve.origin);
  await ui.page.goto(serve.url);

  await t.test(
    'a wrong password is refused with a clear message on the connect screen',
    async () => {
      await ui.connectWithForm({
        host: '127.0.0.1',
        port: String(refusing.port),
        database: 'fusionauth',
        user: 'fusionauth',
        password: 'not-the-password',
      });

      const alert = ui.page.locator('.connect-screen [role="alert"][data-error-code="auth"]');
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      assert.match(text, /The server refused the credentials/);
      assert.match(text, /password authentication failed for user "fusionauth"/);
      assert.match(text, /Check the user name and password/);
      assert.doesNotMatch(text, /not-the-password/);
      assert.doesNotMatch(text, /at .*\.(ts|js):\d+/, 'no stack trace');
      assert.equal(await ui.page.getByRole('heading', { name: 'Ready to collect' }).count(), 0);
      await ui.screenshot(join(SCREENSHOTS, 'connect-wrong-password.png'));
    },
  );

  await t.test('connects with the database given on the command line', async () => {
    await ui.connectWithProfile('Given on the command line');

    const summary = await ui.page.getByTestId('connection-summary').textContent();
    assert.match(
      summary ?? '',
      new RegExp(`FusionAuth 1\\.60\\.2 · 127\\.0\\.0\\.1:5432/${database.name}`),
    );
  });

  await t.test('collects every stat for 2025-10-16 and lists at least 180 of them', async () => {
    const progress = collectProgressEvents(serve.origin, serve.token);
    await ui.setCollectOptions({ today: '2025-10-16', timezone: 'UTC', all: true });
    await ui.collect();
    const events = await progress.stop();

    assert.ok((await ui.rows().count()) >= 180, 'at least 180 rows');
    assert.match(await ui.shownCount(), /^(\d+) of \1$/);
    assert.match(
      (await ui.page.locator('.collect-status').textContent()) ?? '',
      /Window ends 2025-10-16 UTC/,
    );
    assert.match(
      (await ui.page.getByTestId('fact-instance').textContent()) ?? '',
      /9a632006-60f5-3254-ad99-859ab32b6330/,
    );
    assert.match((await ui.page.getByTestId('fact-would-collect').textContent()) ?? '', /No/);
    assert.match(
      (await ui.page.getByTestId('fact-payload-size').textContent()) ?? '',
      /\d[\d,]* bytes/,
    );
    const last = events.at(-1);
    assert.ok(last !== undefined, 'progress events arrived over the event stream');
    assert.equal(last.index, last.total);
    assert.ok(last.total >= 180);
    await ui.screenshot(join(SCREENSHOTS, 'overview-with-table.png'));
  });

  await t.test('finds a stat by its key and shows its SQL, highlighted, in Monaco', async () => {
    await ui.searchAndSelect('applicationCustomThemeUsed');

    assert.match(await ui.shownCount(), /^1 of \d+$/);
    const detail = ui.page.getByTestId('metric-detail');
    assert.match((await detail.textContent()) ?? '', /stock FusionAuth theme/);
    const sql = await ui.detailSqlText();
    assert.match(sql, /SELECT count\(\*\) AS value/);
    assert.match(sql, /FROM applications a/);
    assert.ok((await ui.detailSqlTokenClasses()) > 1, 'SQL keywords are coloured');

    // The reviewer's reading view: the overview folded away, the whole detail in sight.
    await ui.page.getByRole('button', { name: 'Hide overview' }).click();
    assert.equal(await ui.page.getByTestId('fact-instance').count(), 0);
    await ui.screenshot(join(SCREENSHOTS, 'detail.png'));
    await ui.page.getByRole('button', { name: 'Show overview' }).click();
    await ui.page.getByTestId('fact-instance').waitFor();
  });

  await t.test('a cancelled run leaves the previous results in place', async () => {
    await ui.clearSearch();
    const rowsBefore = await ui.rows().count();
    const release = await lockTable(database.name, LOCKED_TABLE);
    try {
      await ui.startCollect();
      await ui.page.locator('.progress-label', { hasText: LOCKED_STAT }).waitFor();
      assert.match(
        (await ui.page.locator('.progress-label').textContent()) ?? '',
        new RegExp(`^Stat \\d+ of \\d+: ${LOCKED_STAT}$`),
      );
      await ui.screenshot(join(SCREENSHOTS, 'collect-progress.png'));
      await ui.page.getByRole('button', { name: 'Cancel' }).click();
      await ui.page.getByText('Collection cancelled').waitFor();
    } finally {
      await release();
    }

    assert.match(
      (await ui.page.locator('.collect-error').textContent()) ?? '',
      /results of the previous run are still shown/,
    );
    assert.equal(await ui.rows().count(), rowsBefore);
  });

  await t.test('a stat whose query fails is listed under Failed, with the reason', async () => {
    const release = await lockTable(database.name, LOCKED_TABLE);
    try {
      await ui.collect();
    } finally {
      await release();
    }

    await ui.filterStatus('Failed');
    assert.equal(await ui.rows().count(), 1);
    await ui.rows().first().click();
    const detail = (await ui.page.getByTestId('metric-detail').textContent()) ?? '';
    assert.match(detail, new RegExp(LOCKED_STAT));
    assert.match(detail, /lock timeout/);
    await ui.screenshot(join(SCREENSHOTS, 'failed-filter.png'));
    await ui.filterStatus('All');
  });

  await t.test('the payload view shows the exact JSON, and copies and saves it', async () => {
    const shown = await ui.openPayload();
    assert.match(shown, /"applicationVersion": "1\.60\.2"/);
    await ui.screenshot(join(SCREENSHOTS, 'payload.png'));

    await ui.page.getByRole('button', { name: 'Copy' }).click();
    await ui.page.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await ui.clipboardText();
    const payload = JSON.parse(copied) as Record<string, unknown>;
    assert.equal(payload['applicationVersion'], '1.60.2');
    assert.equal(payload['instanceId'], '9a632006-60f5-3254-ad99-859ab32b6330');
    assert.deepEqual(payload['failedStats'], [LOCKED_STAT]);

    const [download] = await Promise.all([
      ui.page.waitForEvent('download'),
      ui.page.getByRole('button', { name: 'Save…' }).click(),
    ]);
    assert.match(
      download.suggestedFilename(),
      /^fusionauth-usage-payload-\d{4}-\d{2}-\d{2}\.json$/,
    );
    assert.equal(readFileSync((await download.path())!, 'utf8'), copied);

    await ui.page.getByRole('button', { name: 'As sent (compact)' }).click();
    await ui.page.getByRole('button', { name: 'Copy' }).click();
    const compact = await ui.clipboardText();
    assert.equal(compact, JSON.stringify(payload));
  });

  await t.test('the page never requested anything outside the server and raised no errors', () => {
    assert.deepEqual(ui.foreignRequests, []);
    assert.deepEqual(ui.pageErrors, []);
  });
});

/** Listens to the server's event stream from Node, with the token, as the page does. */
function collectProgressEvents(origin: string, token: string) {
  const events: Array<{ index: number; total: number; key: string }> = [];
  const controller = new AbortController();
  const done = (async () => {
    const response = await fetch(`${origin}/api/events`, {
      headers: { 'X-Inspector-Token': token },
      signal: controller.signal,
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) {
        return;
      }
      buffer += value;
      for (const line of buffer.split('\n')) {
        if (line.startsWith('data: ')) {
          const message = JSON.parse(line.slice(6)) as { event: string; payload: never };
          if (message.event === 'collectionProgress') {
            events.push(message.payload);
          }
        }
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    }
  })().catch(() => undefined);

  return {
    async stop() {
      controller.abort();
      await done;

      return events;
    },
  };
}
