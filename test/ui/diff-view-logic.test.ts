/**
 * The Diff view's rules without a browser: where a stat sits in the canonical text (what the
 * editor reveals), which rows a filter shows, the short change texts, source menu keys and the
 * menu itself.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { diffPayloads } from '../../shared/diff/diff-payloads.ts';
import type { HistoryListing } from '../../shared/ipc/channels/diff.ts';
import { canonicalJson } from '../../shared/payload/canonical.ts';
import {
  changeText,
  DEFAULT_FILTER,
  filterStats,
  toggleChange,
  valueTexts,
} from '../../renderer/src/diff/diff-rows.ts';
import {
  choiceFromKey,
  choiceKey,
  defaultChoice,
  toPayloadSource,
  type SourceChoice,
} from '../../renderer/src/diff/source-choice.ts';
import { sourceGroups } from '../../renderer/src/diff/source-labels.ts';
import { findKeyLines } from '../../renderer/src/diff/stat-lines.ts';
import { samplePayload, withoutStat, withStats } from '../support/payload-samples.ts';

const RUN = '11111111-1111-4111-8111-111111111111';

describe('finding a key in the canonical text', () => {
  const text = canonicalJson(samplePayload());
  const lines = text.split('\n');
  const linesOf = (path: string[]) => {
    const range = findKeyLines(text, path);

    return range === null ? null : lines.slice(range.start - 1, range.end);
  };

  test('a number stat is one line inside stats, not its timing of the same name', () => {
    const found = linesOf(['stats', 'tenantNumber']);

    assert.deepEqual(found, ['    "tenantNumber": 3']);
    assert.ok(
      (findKeyLines(text, ['stats', 'tenantNumber'])?.start ?? 0) <
        (findKeyLines(text, ['timings'])?.start ?? 0),
    );
  });

  test('a list or object stat spans from its key to its closing bracket', () => {
    const found = linesOf(['stats', 'applicationEnabledIdentityProviders']) ?? [];

    assert.equal(found[0], '    "applicationEnabledIdentityProviders": [');
    assert.equal(found.at(-1), '    ],');
    assert.equal(found.length, 10);
    assert.equal(linesOf(['stats', 'instanceFirstTimeSetupProgress'])?.length, 6);
  });

  test('envelope fields are found at the top level; absent keys give null', () => {
    assert.deepEqual(linesOf(['applicationVersion']), ['  "applicationVersion": "1.60.2",']);
    assert.equal(findKeyLines(text, ['stats', 'noSuchStat']), null);
    assert.equal(findKeyLines(text, ['failedStats']), null);
  });

  test('a key that needs escaping is found as JSON writes it', () => {
    const odd = canonicalJson(withStats({ 'quote"key': 1 }));

    assert.notEqual(findKeyLines(odd, ['stats', 'quote"key']), null);
  });
});

describe('the differences table', () => {
  const diff = diffPayloads(
    samplePayload(),
    withStats({ tenantNumber: 4, brandNewStat: true }, withoutStat('applicationNumber')),
  );

  test('opens with every change and without the unchanged stats', () => {
    const shown = filterStats(diff.stats, DEFAULT_FILTER).map((stat) => stat.key);

    assert.deepEqual(shown, ['applicationNumber', 'brandNewStat', 'tenantNumber']);
  });

  test('kinds toggle on and off, the last one stays, unknown keys and search narrow', () => {
    const unchanged = toggleChange(DEFAULT_FILTER, 'unchanged');
    const onlyAdded = toggleChange(toggleChange(DEFAULT_FILTER, 'removed'), 'changed');

    assert.equal(filterStats(diff.stats, unchanged).length, diff.stats.length);
    assert.deepEqual(
      filterStats(diff.stats, onlyAdded).map((stat) => stat.key),
      ['brandNewStat'],
    );
    assert.equal(toggleChange(onlyAdded, 'added'), onlyAdded);
    assert.deepEqual(
      filterStats(diff.stats, { ...unchanged, unknownOnly: true }).map((stat) => stat.key),
      ['brandNewStat'],
    );
    assert.deepEqual(
      filterStats(diff.stats, { ...unchanged, search: 'TENANT  num' }).map((stat) => stat.key),
      ['tenantNumber'],
    );
  });

  test('rows say what changed in a few words', () => {
    const byKey = new Map(diff.stats.map((stat) => [stat.key, stat]));
    const tenant = byKey.get('tenantNumber')!;

    assert.equal(changeText(tenant), '+1 (+33 %)');
    assert.deepEqual(valueTexts(tenant), { before: '3', after: '4' });
    assert.equal(changeText(byKey.get('applicationNumber')!), 'removed');
    assert.deepEqual(valueTexts(byKey.get('brandNewStat')!), { before: '', after: 'true' });
    assert.equal(changeText(byKey.get('instanceSearchType')!), '');

    const reordered = diffPayloads(
      samplePayload(),
      withStats({ instanceSearchType: 3, applicationEnabledIdentityProviders: [] }),
    );
    const texts = reordered.stats.filter((s) => s.change === 'changed').map(changeText);
    assert.deepEqual(texts, ['2 entries changed', 'the value type changed']);
  });
});

describe('sources', () => {
  const file = { id: 7, name: 'a.json', text: '{}' };
  const choices: SourceChoice[] = [
    { kind: 'last-sent' },
    { kind: 'queued' },
    { kind: 'usage-stats-row', collectionInstant: 1_764_549_060_000 },
    { kind: 'saved-run', id: '20251201-102030-3f9a2c' },
    { kind: 'this-run', runId: RUN },
    { kind: 'file', file },
  ];

  test('every choice survives the menu value round trip; unknown values do not', () => {
    for (const choice of choices) {
      assert.deepEqual(choiceFromKey(choiceKey(choice), [file]), choice);
    }
    assert.equal(choiceFromKey('file:8', [file]), null);
    assert.equal(choiceFromKey('row:abc', []), null);
    assert.equal(choiceFromKey('current', []), null);
  });

  test('the defaults are last sent against this run; a file is sent as its text', () => {
    assert.deepEqual(defaultChoice('left', RUN), { kind: 'last-sent' });
    assert.deepEqual(defaultChoice('right', RUN), { kind: 'this-run', runId: RUN });
    assert.deepEqual(toPayloadSource({ kind: 'file', file }), {
      kind: 'file',
      name: 'a.json',
      text: '{}',
    });
  });

  test('the menu lists rows, this run, saved runs (this run marked) and opened files', () => {
    const history: HistoryListing = {
      usageStats: {
        status: 'read',
        location: 'db',
        fusionAuthVersion: '1.60.2',
        available: true,
        unavailableReason: null,
        readAt: '2025-12-01T10:00:00.000Z',
        rows: [
          {
            collectionInstant: Date.UTC(2025, 11, 1, 0, 31),
            collectedAt: '2025-12-01T00:31:00.000Z',
            applicationVersion: '1.60.2',
            statsVersion: '0.13.0',
            collectionDuration: 1,
            sent: true,
            lastSent: true,
            failedStats: [],
            statCount: 5,
            payloadSha256: 'ab',
            problem: null,
          },
        ],
      },
      savedRuns: {
        status: 'read',
        directory: '/runs',
        unreadable: [],
        runs: [
          {
            id: '20251201-102030-3f9a2c',
            savedAt: '2025-12-01T10:20:30.000Z',
            database: 'db:5432/fa',
            fusionAuthVersion: '1.60.2',
            inspectorVersion: '0.1.0',
            payloadSha256: '0123456789abcdef',
            collectionInstant: 1,
            statCount: 5,
            collectedAll: false,
          },
        ],
      },
      thisRun: { status: 'saved', id: '20251201-102030-3f9a2c' },
    };

    const groups = sourceGroups(history, RUN, [file]);

    assert.deepEqual(
      groups.map((group) => [group.label, group.options.map((option) => option.label)]),
      [
        [
          "FusionAuth's usage_stats table",
          [
            'Last sent',
            'Queued (newest not sent)',
            'Row collected 2025-12-01 00:31:00 UTC (last sent)',
          ],
        ],
        ['This window', ['This run (latest collection)']],
        ['Saved runs', ['Saved 2025-12-01 10:20:30 UTC · db:5432/fa · 0123456789ab (this run)']],
        ['Opened files', ['File a.json']],
      ],
    );
    assert.equal(sourceGroups(undefined, RUN, []).length, 2);
  });
});
