/**
 * End to end, the Diff and History views on `usage-inspector serve --demo`, whose usage_stats
 * holds one sent and one queued row: the default comparison (last sent against this run) in
 * the side-by-side editor, a changed stat revealed, bad payload files refused with their
 * typed messages, a good one compared, History's rows and runs, "compare with this run", and
 * deleting a saved run after confirming. Screenshots: diff.png and history.png.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { MAX_OPENED_FILE_BYTES } from '../../shared/ipc/channels/diff.ts';
import { samplePayload } from '../support/payload-samples.ts';
import { SCREENSHOTS } from './support/chromium.ts';
import { DiffPage } from './support/diff-page.ts';
import { InspectorPage } from './support/inspector-page.ts';
import { startDemoSession } from './support/serve-session.ts';
import { whyNotDemo } from './support/skip-reasons.ts';

test('the Diff and History views on the embedded demo database', async (t) => {
  const reason = whyNotDemo();
  if (reason !== null) {
    t.skip(reason);

    return;
  }

  const { serve, browser } = await startDemoSession(t, 'inspector-e2e-diff-');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const ui = new InspectorPage(page, serve.origin);
  const diff = new DiffPage(page);
  await page.goto(serve.url);
  await ui.openDemo();
  await ui.collect();
  const runsDir = join(serve.home, 'runs');

  await t.test('the collection was kept as a saved run', () => {
    assert.equal(existsSync(runsDir), true);
    assert.equal(readdirSync(runsDir).filter((name) => name.endsWith('.json')).length, 1);
  });

  await t.test('opens on last sent (left) against this run (right), side by side', async () => {
    await diff.openDiff();
    await diff.waitForEditorDifferences();

    assert.match(await diff.sideText('left'), /last sent: usage_stats row collected/);
    assert.match(await diff.sideText('right'), /this run: collected .* embedded demo database/);
    // Two editors next to each other: the original on the left of the modified one.
    const [original, modified] = await Promise.all(
      ['original', 'modified'].map((side) =>
        page.locator(`.payload-diff-editor .editor.${side}`).boundingBox(),
      ),
    );
    assert.ok(original && modified, 'both editors are laid out');
    assert.ok(original.x + original.width <= modified.x + 1, 'the old side is left of the new');
    assert.ok(original.width > 250 && modified.width > 250, 'both sides are readable');
    assert.ok((await diff.rows().count()) > 0, 'the table lists differences');
  });

  await t.test('selecting a changed stat reveals and highlights it in the editor', async () => {
    const changed = await diff.rowKeys('changed');
    assert.ok(changed.length > 0, 'the demo has changed stats');
    // The last one in key order, far below what the editor shows at first.
    const key = changed.at(-1) as string;
    assert.doesNotMatch(await diff.visibleNewText(), new RegExp(`"${key}"`));

    await diff.selectStat(key);

    assert.match(await diff.highlightedNewLine(), new RegExp(`^\\s*"${key}": `));
    assert.match(await diff.visibleNewText(), new RegExp(`"${key}"`));
    assert.equal(
      await page.locator(`.diff-table tr[data-key="${key}"]`).getAttribute('aria-selected'),
      'true',
    );
    await ui.screenshot(join(SCREENSHOTS, 'diff.png'));
  });

  await t.test('at 1024×700 the two sides stay side by side and nothing spills', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('.payload-diff-editor .monaco-editor.vs-dark').first().waitFor();

    const widths = await ui.inPage<{ page: number; window: number }>(
      '({ page: document.documentElement.scrollWidth, window: window.innerWidth })',
    );
    const sides = await Promise.all(
      ['original', 'modified'].map((side) =>
        page.locator(`.payload-diff-editor .editor.${side}`).boundingBox(),
      ),
    );
    const visibleRows = await ui.inPage<number>(
      `[...document.querySelectorAll('.diff-table tbody tr')].filter((row) => {
        const box = row.getBoundingClientRect();
        const region = document.querySelector('.diff-table-region').getBoundingClientRect();
        return box.top >= region.top && box.bottom <= region.bottom;
      }).length`,
    );
    await ui.screenshot(join(SCREENSHOTS, 'diff-1024x700-dark.png'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });

    assert.ok(widths.page <= widths.window, `page ${widths.page}px in a ${widths.window}px window`);
    assert.ok(
      sides.every((box) => box !== null && box.width > 180),
      'both sides readable',
    );
    assert.ok(visibleRows >= 4, `${visibleRows} difference rows in view`);
  });

  await t.test('the filters show unchanged stats on request', async () => {
    const before = await diff.rows().count();
    await page.locator('.diff-filters button[data-change="unchanged"]').click();
    const withUnchanged = await diff.rows().count();
    await page.locator('.diff-filters button[data-change="unchanged"]').click();

    assert.ok(withUnchanged > before, `${withUnchanged} rows with unchanged, ${before} without`);
    assert.equal(await diff.rows().count(), before);
  });

  await t.test('bad payload files are refused with what and where; the view stays', async () => {
    const rowsBefore = await diff.rows().count();

    await diff.openFile('left', 'broken.json', '{"applicationVersion": "1.69.2",\n  "stats": {');
    const cutOff = await diff.fileProblem();
    await ui.screenshot(join(SCREENSHOTS, 'diff-bad-file.png'));
    await diff.openFile('left', 'image.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    await page.getByTestId('file-problem').filter({ hasText: 'NUL byte' }).waitFor();
    await diff.openFile('left', 'empty.json', '');
    await page.getByTestId('file-problem').filter({ hasText: 'is empty' }).waitFor();
    await diff.openFile('left', 'typed.json', JSON.stringify({ ...samplePayload(), stats: [] }));
    const typed = await diff.fileProblem();
    await diff.openFile('left', 'huge.json', ' '.repeat(MAX_OPENED_FILE_BYTES + 1));
    const huge = await page
      .getByTestId('file-problem')
      .filter({ hasText: 'huge.json' })
      .textContent();

    assert.match(cutOff, /The payload cannot be read|This file cannot be compared/);
    assert.match(
      cutOff,
      /broken\.json is not valid JSON: line 2, column 13 \(in stats\): the text ends inside/,
    );
    assert.match(typed, /typed\.json is not a usage payload: stats /);
    assert.match(huge ?? '', /huge\.json is 262,145 bytes\. Payload files over 256\.0 KB/);
    // Nothing was replaced: the comparison is still last sent against this run.
    assert.match(await diff.sideText('left'), /last sent: usage_stats row/);
    assert.equal(await diff.rows().count(), rowsBefore);
    await page.getByTestId('file-problem').getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await page.getByTestId('file-problem').count(), 0);
    assert.deepEqual(ui.pageErrors, []);
  });

  await t.test('a valid payload file is compared on the side it was opened for', async () => {
    await diff.openFile('left', 'published.json', JSON.stringify(samplePayload(), null, 4));
    await diff.side('left').filter({ hasText: 'file published.json' }).waitFor();
    await diff.waitForEditorDifferences();

    assert.equal(await page.getByTestId('file-problem').count(), 0);
    assert.match(await diff.sideText('left'), /FusionAuth 1\.60\.2/);
  });

  await t.test('History lists the sent and the queued row, and this run', async () => {
    await diff.openHistory();
    const rows = page.getByRole('table', { name: 'usage_stats rows' }).locator('tbody tr');
    await rows.first().waitFor();
    const statuses = await rows.locator('.badge').allTextContents();
    const runs = page.getByRole('table', { name: 'Saved runs' }).locator('tbody tr');

    assert.deepEqual(statuses, ['Queued', 'Last sent']);
    assert.equal(await runs.count(), 1);
    assert.match((await runs.first().textContent()) ?? '', /this run/);
    assert.match((await rows.first().textContent()) ?? '', /1\.69\.2\s*0\.13\.0/);
    await ui.screenshot(join(SCREENSHOTS, 'history.png'));
  });

  await t.test(
    '"compare with this run" opens the Diff view with that row on the left',
    async () => {
      const queued = page
        .getByRole('table', { name: 'usage_stats rows' })
        .locator('tbody tr', { hasText: 'Queued' });
      await queued.getByRole('button', { name: 'Compare with this run' }).click();
      await diff.side('left').filter({ hasText: '(queued)' }).waitFor();

      assert.match(await diff.sideText('left'), /usage_stats row collected .* \(queued\)/);
      assert.match(await diff.sideText('right'), /this run: collected/);
    },
  );

  await t.test('a saved run is deleted only after confirming', async () => {
    await ui.collect();
    await diff.openHistory();
    const runs = page.getByRole('table', { name: 'Saved runs' }).locator('tbody tr');
    await runs.nth(1).waitFor();
    const older = runs.filter({ hasNot: page.locator('.this-run-badge') });
    const id = (await older.getAttribute('data-run-id')) ?? '';

    await older.getByRole('button', { name: 'Delete…' }).click();
    await older.getByRole('button', { name: 'Keep' }).click();
    assert.equal(await runs.count(), 2, 'Keep keeps the run');
    await older.getByRole('button', { name: 'Delete…' }).click();
    await older.getByRole('button', { name: 'Delete run' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Deleted the saved run ${id}` })
      .waitFor();

    assert.equal(await runs.count(), 1);
    assert.equal(existsSync(join(runsDir, `${id}.json`)), false);
    assert.deepEqual(ui.foreignRequests, []);
    assert.deepEqual(ui.pageErrors, []);
  });
});
