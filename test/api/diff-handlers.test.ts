/**
 * The Diff and History handlers with a stand-in usage_stats and real run files in a temporary
 * folder: every finished collection is kept as a run, history lists rows without payloads,
 * each side of a comparison fails on its own, opened files get the strict parser's typed
 * messages, and a saved run is deleted only by id.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';

import { createDispatcher } from '../../electron/api/dispatch.ts';
import { UsageStatsReadings } from '../../electron/api/diff/usage-stats-readings.ts';
import type { AllHandlers, RequestContext } from '../../electron/api/handler-types.ts';
import { diffHandlers } from '../../electron/api/handlers/diff.ts';
import { createHandlers } from '../../electron/api/handlers/index.ts';
import { fileProfileStore } from '../../electron/api/profiles/profile-store.ts';
import { noSecretStore } from '../../electron/api/profiles/secret-store.ts';
import { RunRegistry } from '../../electron/api/runs/run-registry.ts';
import { SavedRunLog } from '../../electron/api/runs/saved-run-log.ts';
import type { ApiServices } from '../../electron/api/services.ts';
import type { DatabaseTarget } from '../../electron/db/target.ts';
import { readRow } from '../../electron/usage-stats/read-usage-stats.ts';
import type { UsageStatsHistory } from '../../electron/usage-stats/types.ts';
import type { CollectionReport } from '../../shared/collection/types.ts';
import { InspectorError } from '../../shared/errors.ts';
import { MAX_OPENED_FILE_BYTES } from '../../shared/ipc/channels/diff.ts';
import { canonicalize, canonicalJson } from '../../shared/payload/canonical.ts';
import type { UsagePayload } from '../../shared/payload/types.ts';
import { samplePayload, withoutStat, withStats } from '../support/payload-samples.ts';

const RUN_A = '11111111-1111-4111-8111-111111111111';
const RUN_B = '22222222-2222-4222-8222-222222222222';
const DEMO = { kind: 'demo' } as const;
const SENT_AT = 1_764_549_060_000;
const QUEUED_AT = SENT_AT + 86_400_000;

const context: RequestContext = { emit: () => undefined };

function reportOf(payload: UsagePayload): CollectionReport {
  return {
    inspectorVersion: '0.1.0',
    payload,
    basicMetrics: null,
    results: [],
    database: { engine: 'postgresql', fusionAuthVersion: '1.60.2', location: 'db:5432/fa' },
    window: { today: '2025-12-01', timezone: 'UTC', cutoff: 20416 },
    collectedAll: false,
    totalQueryMs: 1,
    estimatedFusionAuthDurationMs: 2000,
    warnings: [],
  } as unknown as CollectionReport;
}

/** A usage_stats row stored the way FusionAuth's mapper writes one. */
function storedRow(payload: UsagePayload, sent: boolean) {
  return readRow({
    collection_instant: String(payload.collectionInstant),
    instance_id: payload.instanceId,
    application_version: payload.applicationVersion,
    stats_version: payload.statsVersion,
    collection_duration: String(payload.collectionDuration),
    sent,
    stats: JSON.stringify(canonicalize(payload.stats)),
    timings: JSON.stringify(canonicalize(payload.timings)),
    failed_stats: payload.failedStats?.join(',') ?? null,
  });
}

const sentPayload = samplePayload({ collectionInstant: SENT_AT });
const queuedPayload = withStats(
  { tenantNumber: 4 },
  samplePayload({ collectionInstant: QUEUED_AT }),
);
/** What "this run" collects: one stat changed, one removed, one the catalog does not know. */
const collectedPayload = withStats(
  { applicationNumber: 15, someFutureStat: 1 },
  withoutStat('instanceSearchType', samplePayload({ collectionInstant: QUEUED_AT + 60_000 })),
);

function historyOf(rows: ReturnType<typeof storedRow>[]): UsageStatsHistory {
  return {
    location: 'db:5432/fa',
    fusionAuthVersion: '1.60.2',
    available: true,
    unavailableReason: null,
    rows,
  };
}

const FULL_HISTORY = historyOf([storedRow(queuedPayload, false), storedRow(sentPayload, true)]);

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inspector-diff-handlers-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Harness {
  handlers: AllHandlers;
  services: ApiServices;
  /** How many times usage_stats was read. */
  reads: () => number;
  runsDir: string;
}

function harness(
  options: {
    history?: () => Promise<UsageStatsHistory>;
    savedRuns?: SavedRunLog;
  } = {},
): Harness {
  const runsDir = join(dir, 'runs');
  let reads = 0;
  const services: ApiServices = {
    mode: 'serve',
    database: {
      check: async () => {
        throw new Error('not used');
      },
      collect: async () => reportOf(collectedPayload),
    },
    profiles: fileProfileStore(join(dir, 'profiles.json')),
    secrets: noSecretStore('no passwords in tests'),
    builtInProfile: null,
    startDemo: true,
    runs: new RunRegistry(),
    savedRuns: options.savedRuns ?? new SavedRunLog(),
    runsDirectory: runsDir,
  };
  const readings = new UsageStatsReadings(async (_target: DatabaseTarget) => {
    reads += 1;

    return (options.history ?? (async () => FULL_HISTORY))();
  });
  const handlers = { ...createHandlers(services), ...diffHandlers(services, readings) };

  return { handlers, services, reads: () => reads, runsDir };
}

async function collect(handlers: AllHandlers, runId = RUN_A): Promise<CollectionReport> {
  return handlers.runCollection({ runId, target: DEMO, options: { all: false } }, context);
}

async function rejectsWith(promise: Promise<unknown>, code: string, message?: RegExp) {
  let caught: InspectorError | undefined;
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof InspectorError, `an InspectorError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (message !== undefined) {
      assert.match(error.message, message);
    }
    caught = error;

    return true;
  });

  return caught as InspectorError;
}

function fileSource(text: string, name = 'payload.json') {
  return { kind: 'file' as const, name, text };
}

describe('keeping runs and listing history', () => {
  test('a finished collection is saved as a run, and listed as this run', async () => {
    const { handlers, runsDir } = harness();
    await collect(handlers);

    const history = await handlers.listHistory(
      { target: DEMO, thisRunId: RUN_A, reread: false },
      context,
    );

    assert.equal(history.savedRuns.status, 'read');
    assert.ok(history.savedRuns.status === 'read');
    assert.equal(history.savedRuns.runs.length, 1);
    const [run] = history.savedRuns.runs;
    assert.deepEqual(history.thisRun, { status: 'saved', id: run?.id });
    assert.equal(run?.database, 'db:5432/fa');
    assert.equal(run?.collectionInstant, collectedPayload.collectionInstant);
    assert.deepEqual(readdirSync(runsDir), [`${run?.id}.json`]);
  });

  test('usage_stats rows come without payloads; the newest sent row is marked', async () => {
    const { handlers } = harness();

    const history = await handlers.listHistory({ target: DEMO, reread: false }, context);

    assert.ok(history.usageStats.status === 'read');
    const rows = history.usageStats.rows;
    assert.deepEqual(
      rows.map((row) => [row.collectionInstant, row.sent, row.lastSent, row.statCount]),
      [
        [QUEUED_AT, false, false, 5],
        [SENT_AT, true, true, 5],
      ],
    );
    assert.equal(history.thisRun, null);
    // The payloads stay on the main side: no stat name or value crosses in a listing.
    assert.doesNotMatch(JSON.stringify(history), /tenantNumber|payload"/);
  });

  test('a run that cannot be saved still finishes, and the history says why', async () => {
    const { handlers, runsDir } = harness();
    // A file where the runs folder should be: the save must fail.
    writeFileSync(runsDir, 'not a folder');

    const report = await collect(handlers);
    const history = await handlers.listHistory(
      { target: DEMO, thisRunId: RUN_A, reread: false },
      context,
    );

    assert.deepEqual(report.payload, collectedPayload);
    assert.equal(history.thisRun?.status, 'not-saved');
    assert.match(
      history.thisRun?.status === 'not-saved' ? history.thisRun.message : '',
      /This run was not saved: Cannot create the runs folder/,
    );
    assert.equal(history.savedRuns.status, 'failed');
  });

  test('an unreachable database fails the rows alone, and is read again next time', async () => {
    let attempt = 0;
    const { handlers, reads } = harness({
      history: async () => {
        attempt += 1;
        if (attempt === 1) {
          throw new InspectorError('connect', 'db:5432 refused the connection.');
        }

        return FULL_HISTORY;
      },
    });
    await collect(handlers);

    const first = await handlers.listHistory({ target: DEMO, reread: false }, context);
    const second = await handlers.listHistory({ target: DEMO, reread: false }, context);

    assert.deepEqual(first.usageStats, {
      status: 'failed',
      error: { code: 'connect', message: 'db:5432 refused the connection.' },
    });
    assert.ok(first.savedRuns.status === 'read' && first.savedRuns.runs.length === 1);
    assert.equal(second.usageStats.status, 'read');
    assert.equal(reads(), 2);
  });
});

describe('comparing', () => {
  test('last sent against this run: the diff, both canonical texts, one reading', async () => {
    const { handlers, reads } = harness();
    await collect(handlers);
    await handlers.listHistory({ target: DEMO, reread: false }, context);

    const answer = await handlers.comparePayloads(
      { target: DEMO, left: { kind: 'last-sent' }, right: { kind: 'this-run', runId: RUN_A } },
      context,
    );

    assert.ok(answer.left.ok && answer.right.ok);
    assert.match(answer.left.side.label, /^last sent: usage_stats row collected /);
    assert.match(answer.right.side.label, /^this run: collected .* from db:5432\/fa$/);
    assert.equal(answer.left.side.canonicalText, canonicalJson(sentPayload));
    assert.equal(answer.right.side.canonicalText, canonicalJson(collectedPayload));
    assert.deepEqual(answer.right.side.source, { kind: 'this-run', runId: RUN_A });
    assert.equal(answer.identical, false);
    assert.deepEqual(answer.diff?.counts, { added: 1, removed: 1, changed: 1, unchanged: 3 });
    assert.deepEqual(answer.diff?.unknownKeys, ['someFutureStat']);
    // The comparison used the reading the listing made.
    assert.equal(reads(), 1);
  });

  test('a row picked from the listing is found in the same reading; reread reads again', async () => {
    const { handlers, reads } = harness();
    await handlers.listHistory({ target: DEMO, reread: false }, context);

    const answer = await handlers.comparePayloads(
      {
        target: DEMO,
        left: { kind: 'usage-stats-row', collectionInstant: SENT_AT },
        right: { kind: 'queued' },
      },
      context,
    );
    await handlers.listHistory({ target: DEMO, reread: true }, context);

    assert.deepEqual(
      answer.diff?.stats.find((stat) => stat.change === 'changed'),
      {
        key: 'tenantNumber',
        change: 'changed',
        known: true,
        valueKind: 'count',
        oldValue: 3,
        newValue: 4,
        numeric: { absolute: 1, relative: 1 / 3 },
      },
    );
    assert.match(answer.right.ok ? (answer.right.side.note ?? '') : '', /newest of 1 unsent/);
    assert.equal(reads(), 2);
  });

  test('without a sent row, the left side says so and the right side still loads', async () => {
    const { handlers } = harness({
      history: async () => historyOf([storedRow(queuedPayload, false)]),
    });
    await collect(handlers);

    const answer = await handlers.comparePayloads(
      { target: DEMO, left: { kind: 'last-sent' }, right: { kind: 'this-run', runId: RUN_A } },
      context,
    );

    assert.equal(answer.left.ok, false);
    assert.equal(answer.left.ok ? '' : answer.left.error.code, 'not-found');
    assert.match(answer.left.ok ? '' : answer.left.error.message, /no row with sent = true/);
    assert.ok(answer.right.ok);
    assert.equal(answer.diff, null);
  });

  test('a FusionAuth without usage_stats is explained, not an error of the listing', async () => {
    const { handlers } = harness({
      history: async () => ({
        ...historyOf([]),
        available: false,
        unavailableReason: 'FusionAuth 1.40.0 keeps no usage_stats table.',
      }),
    });

    const history = await handlers.listHistory({ target: DEMO, reread: false }, context);
    const answer = await handlers.comparePayloads(
      { target: DEMO, left: { kind: 'last-sent' }, right: { kind: 'queued' } },
      context,
    );

    assert.ok(history.usageStats.status === 'read' && !history.usageStats.available);
    for (const side of [answer.left, answer.right]) {
      assert.match(side.ok ? '' : side.error.message, /keeps no usage_stats table/);
    }
  });

  test('a saved run compares by id; a run edited after saving is refused', async () => {
    const { handlers, runsDir } = harness();
    await collect(handlers);
    const history = await handlers.listHistory({ target: DEMO, reread: false }, context);
    const id = history.savedRuns.status === 'read' ? (history.savedRuns.runs[0]?.id ?? '') : '';

    const side = await handlers.loadPayload(
      { target: DEMO, source: { kind: 'saved-run', id } },
      context,
    );
    const file = join(runsDir, `${id}.json`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"applicationNumber": 15', '"applicationNumber": 16'),
    );

    assert.equal(side.canonicalText, canonicalJson(collectedPayload));
    assert.match(side.label, new RegExp(`^run ${id} \\(saved `));
    await rejectsWith(
      handlers.loadPayload({ target: DEMO, source: { kind: 'saved-run', id } }, context),
      'payload-invalid',
      /was changed after it was saved/,
    );
  });

  test('a run this process does not hold, or a row not in the table, is not found', async () => {
    const { handlers } = harness();

    await rejectsWith(
      handlers.loadPayload({ target: DEMO, source: { kind: 'this-run', runId: RUN_B } }, context),
      'not-found',
      /Run the collection again/,
    );
    await rejectsWith(
      handlers.loadPayload(
        { target: DEMO, source: { kind: 'usage-stats-row', collectionInstant: 5 } },
        context,
      ),
      'not-found',
      /no row with collection_instant 5/,
    );
  });
});

describe('opened payload files', () => {
  test('a valid file loads under its name, whatever its key order and spacing', async () => {
    const { handlers } = harness();
    const reversed = Object.fromEntries(Object.entries(sentPayload).reverse());
    const text = JSON.stringify(reversed, null, 4);

    const side = await handlers.loadPayload(
      { target: DEMO, source: fileSource(text, 'captured.json') },
      context,
    );

    assert.equal(side.label, 'file captured.json');
    assert.deepEqual(side.source, { kind: 'file', name: 'captured.json' });
    assert.equal(side.canonicalText, canonicalJson(sentPayload));
    assert.equal(side.statCount, 5);
  });

  const BAD_FILES: Array<[string, string, RegExp, Record<string, unknown>]> = [
    [
      'not JSON',
      'applicationVersion: 1.60.2',
      /^bad\.json is not valid JSON: line 1, column 1: a value was expected/,
      { line: 1, column: 1 },
    ],
    [
      'cut off',
      '{\n  "applicationVersion": "1.60.2",\n  "stats": {"tenantNumber": 3',
      /line 3, column 30 \(in stats\.tenantNumber\): the text ends inside an object/,
      { line: 3, column: 30, path: 'stats.tenantNumber' },
    ],
    ['empty', '', /bad\.json is empty \(0 bytes\)/, {}],
    ['binary', 'PK\u0003\u0004\u0000\u0000', /contains a NUL byte at byte offset 4/, { offset: 4 }],
    [
      'of the wrong types',
      JSON.stringify(withStats({ tenantNumber: 'three' })),
      /is not a usage payload: stats\.tenantNumber /,
      { problemCount: 1 },
    ],
  ];

  for (const [what, text, message, details] of BAD_FILES) {
    test(`a file ${what} is refused with what is wrong and where`, async () => {
      const { handlers } = harness();

      const error = await rejectsWith(
        handlers.loadPayload({ target: DEMO, source: fileSource(text, 'bad.json') }, context),
        'payload-invalid',
        message,
      );

      for (const [key, value] of Object.entries(details)) {
        assert.equal(error.details?.[key], value, `details.${key}`);
      }
    });
  }

  test('a file too large in UTF-8 bytes is refused by the handler', async () => {
    const { handlers } = harness();
    // Within the character limit of the schema, but three bytes per character.
    const text = `"${'€'.repeat(MAX_OPENED_FILE_BYTES / 2)}"`;

    await rejectsWith(
      handlers.loadPayload({ target: DEMO, source: fileSource(text) }, context),
      'payload-invalid',
      /payload\.json is 384\.0 KB; payloads over 256\.0 KB are refused/,
    );
  });

  test('on one side of a comparison, a bad file leaves the other side loaded', async () => {
    const { handlers } = harness();

    const answer = await handlers.comparePayloads(
      { target: DEMO, left: fileSource('{"a": 1,}'), right: { kind: 'last-sent' } },
      context,
    );

    assert.equal(answer.left.ok ? '' : answer.left.error.code, 'payload-invalid');
    assert.deepEqual(answer.left.ok ? null : answer.left.error.details, {
      source: 'payload.json',
      line: 1,
      column: 9,
      offset: 8,
      path: '(top level)',
      reason: 'a property name was expected after "," (JSON allows no trailing comma)',
    });
    assert.ok(answer.right.ok);
  });
});

describe('arguments and deleting', () => {
  test('the contract refuses a huge file, a bad run id and an unknown source', async () => {
    const { services } = harness();
    const dispatch = createDispatcher(createHandlers(services));

    const huge = await dispatch(
      'loadPayload',
      { target: DEMO, source: fileSource('x'.repeat(MAX_OPENED_FILE_BYTES + 1)) },
      context,
    );
    const badId = await dispatch('deleteSavedRun', { id: '../../etc/passwd' }, context);
    const unknown = await dispatch(
      'comparePayloads',
      { target: DEMO, left: { kind: 'current' }, right: { kind: 'queued' } },
      context,
    );

    assert.ok(!huge.ok && huge.error.code === 'usage');
    assert.match(huge.error.message, /source\.text: Payload files over 256\.0 KB are not opened/);
    assert.ok(!badId.ok && badId.error.code === 'usage');
    assert.deepEqual(badId.error.details, { channel: 'deleteSavedRun', fields: ['id'] });
    assert.ok(!unknown.ok && unknown.error.code === 'usage');
    assert.deepEqual(unknown.error.details?.['fields'], ['left.kind']);
  });

  test('a saved run is deleted by id, once; nothing else in the folder is touched', async () => {
    const { handlers, runsDir } = harness();
    await collect(handlers, RUN_A);
    await collect(handlers, RUN_B);
    const history = await handlers.listHistory({ target: DEMO, reread: false }, context);
    const ids = history.savedRuns.status === 'read' ? history.savedRuns.runs.map((r) => r.id) : [];
    writeFileSync(join(runsDir, 'notes.txt'), 'mine');

    assert.deepEqual(await handlers.deleteSavedRun({ id: ids[0] ?? '' }, context), {
      deleted: true,
    });
    await rejectsWith(handlers.deleteSavedRun({ id: ids[0] ?? '' }, context), 'not-found');
    assert.deepEqual(readdirSync(runsDir).sort(), [`${ids[1]}.json`, 'notes.txt']);
  });
});
