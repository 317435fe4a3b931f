/**
 * Saved runs: saved atomically under fresh ids, listed newest first, loaded with their hash
 * checked, deleted only by an explicit call, and never overwritten.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import { deleteRun } from '../../electron/runs/delete-run.ts';
import { listRuns, loadRun } from '../../electron/runs/read-runs.ts';
import { runFileName } from '../../electron/runs/run-id.ts';
import { defaultRunsDirectory } from '../../electron/runs/runs-directory.ts';
import { saveRun } from '../../electron/runs/save-run.ts';
import { payloadSha256 } from '../../electron/payload/hash-payload.ts';
import type { CollectionReport } from '../../shared/collection/types.ts';
import { InspectorError } from '../../shared/errors.ts';
import { samplePayload, withStats } from '../support/payload-samples.ts';

const root = mkdtempSync(join(tmpdir(), 'usage-inspector-runs-'));
after(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
function freshFolder(): string {
  folders += 1;

  return join(root, `runs-${folders}`);
}

function report(payload = samplePayload(), location = '127.0.0.1:5432/fusionauth') {
  return {
    inspectorVersion: '0.1.0',
    payload,
    basicMetrics: null,
    results: [],
    database: { engine: 'postgresql', fusionAuthVersion: '1.60.2', location },
    window: { today: '2025-12-01', timezone: 'UTC', cutoff: 20416 },
    collectedAll: false,
    totalQueryMs: 1,
    estimatedFusionAuthDurationMs: 2000,
    warnings: [],
  } as unknown as CollectionReport;
}

function isCode(code: InspectorError['code']) {
  return (error: unknown) => error instanceof InspectorError && error.code === code;
}

describe('saving and loading', () => {
  test('a saved run loads back with its payload, report, time, database and hash', async () => {
    const folder = freshFolder();
    const now = new Date('2025-12-01T10:20:30.000Z');
    const summary = await saveRun(report(), folder, { now });

    assert.match(summary.id, /^20251201-102030-[0-9a-f]{6}$/);
    assert.equal(summary.savedAt, now.toISOString());
    assert.equal(summary.database, '127.0.0.1:5432/fusionauth');
    assert.equal(summary.payloadSha256, payloadSha256(samplePayload()));

    const run = await loadRun(folder, summary.id);
    assert.deepEqual(run.payload, samplePayload());
    assert.deepEqual(run.summary, summary);
    assert.equal(run.report.database.fusionAuthVersion, '1.60.2');
  });

  test('a location with credentials in it is stored without them', async () => {
    const folder = freshFolder();
    const summary = await saveRun(
      report(samplePayload(), 'postgres://fa:S3cret@db:5432/fa'),
      folder,
    );
    const text = readFileSync(join(folder, runFileName(summary.id)), 'utf8');
    assert.equal(summary.database, 'postgres://db:5432/fa');
    assert.equal(text.includes('S3cret'), false);
  });

  test('runs saved in the same second get different ids and both survive', async () => {
    const folder = freshFolder();
    const now = new Date('2025-12-01T10:20:30.000Z');
    const first = await saveRun(report(), folder, { now });
    const second = await saveRun(report(withStats({ tenantNumber: 9 })), folder, { now });
    assert.notEqual(first.id, second.id);
    assert.equal((await loadRun(folder, first.id)).payload.stats['tenantNumber'], 3);
    assert.equal((await loadRun(folder, second.id)).payload.stats['tenantNumber'], 9);
    assert.deepEqual(
      readdirSync(folder).filter((name) => name.startsWith('.')),
      [],
      'no temp files',
    );
  });

  test('the listing is newest first, and a damaged file is listed, not removed', async () => {
    const folder = freshFolder();
    const older = await saveRun(report(), folder, { now: new Date('2025-11-01T00:00:00Z') });
    const newer = await saveRun(report(), folder, { now: new Date('2025-12-01T00:00:00Z') });
    const damaged = join(folder, '20251115-000000-abcdef.json');
    writeFileSync(damaged, '{"format": "usage-inspector-run", ');
    writeFileSync(join(folder, 'notes.txt'), 'not a run');

    const listing = await listRuns(folder);
    assert.deepEqual(
      listing.runs.map((run) => run.id),
      [newer.id, older.id],
    );
    assert.equal(listing.unreadable.length, 1);
    assert.match(listing.unreadable[0]?.problem ?? '', /is not valid JSON/);
    assert.equal(readdirSync(folder).includes('20251115-000000-abcdef.json'), true);
  });

  test('a folder that does not exist yet lists no runs', async () => {
    assert.deepEqual((await listRuns(join(root, 'never-made'))).runs, []);
  });
});

describe('refusals', () => {
  test('a run edited after saving is refused: its hash no longer matches', async () => {
    const folder = freshFolder();
    const { id } = await saveRun(report(), folder);
    const path = join(folder, runFileName(id));
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('"tenantNumber": 3', '"tenantNumber": 4'),
    );
    await assert.rejects(loadRun(folder, id), /was changed after it was saved/);
  });

  test('an id that is not a run id never reaches the file system', async () => {
    const folder = freshFolder();
    await assert.rejects(loadRun(folder, '../../etc/passwd'), isCode('usage'));
    await assert.rejects(deleteRun(folder, '../x'), isCode('usage'));
  });

  test('an unknown id is not-found', async () => {
    await assert.rejects(loadRun(freshFolder(), '20250101-000000-000000'), isCode('not-found'));
  });
});

describe('deleting', () => {
  test('deletes exactly the run asked for', async () => {
    const folder = freshFolder();
    const keep = await saveRun(report(), folder);
    const remove = await saveRun(report(), folder);
    await deleteRun(folder, remove.id);
    assert.deepEqual(
      (await listRuns(folder)).runs.map((run) => run.id),
      [keep.id],
    );
    await assert.rejects(deleteRun(folder, remove.id), isCode('not-found'));
  });
});

test('the default folder: $USAGE_INSPECTOR_HOME/runs, else ~/.usage-inspector/runs', () => {
  assert.equal(
    defaultRunsDirectory({ USAGE_INSPECTOR_HOME: '/data/ui' }, '/home/r'),
    '/data/ui/runs',
  );
  assert.equal(defaultRunsDirectory({}, '/home/r'), '/home/r/.usage-inspector/runs');
});
