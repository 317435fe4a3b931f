/**
 * `usage-inspector history` and `diff last-sent queued` against databases the test creates:
 * one with usage_stats rows, one from before the table. Skipped without PostgreSQL.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { samplePayload, withStats } from '../support/payload-samples.ts';
import {
  createDatabase,
  dropDatabase,
  postgresAvailable,
  runSqlText,
  uniqueName,
} from '../support/postgres.ts';
import { runCli } from '../support/run-cli.ts';
import {
  insertUsageStatsRows,
  MINIMAL_FUSIONAUTH_DDL,
  USAGE_STATS_DDL,
} from '../support/usage-stats-rows.ts';

const skip = (await postgresAvailable()) ? false : 'no PostgreSQL server at 127.0.0.1:5432';
const SENT_AT = Date.UTC(2025, 10, 30, 0, 31);
const QUEUED_AT = Date.UTC(2025, 11, 1, 0, 31);

describe('history and diff on a database with usage_stats rows', { skip }, () => {
  const name = uniqueName('ui_history_cli');
  const runs = mkdtempSync(join(tmpdir(), 'usage-inspector-history-'));
  let url = '';

  before(async () => {
    url = await createDatabase(name);
    await runSqlText(name, `${MINIMAL_FUSIONAUTH_DDL}\n${USAGE_STATS_DDL}`);
    await insertUsageStatsRows(name, [
      { sent: true, payload: samplePayload({ collectionInstant: SENT_AT }) },
      {
        sent: false,
        payload: withStats(
          { tenantNumber: 4 },
          samplePayload({ collectionInstant: QUEUED_AT, failedStats: ['groupNumber'] }),
        ),
      },
    ]);
  });
  after(async () => {
    rmSync(runs, { recursive: true, force: true });
    await dropDatabase(name);
  });

  test('history lists each row: time, versions, sent flag, stat count, failures', async () => {
    const result = await runCli(['history', '--db', url, '--runs-dir', runs]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /2 row\(s\); last sent: 2025-11-30T00:31:00\.000Z; queued \(not sent yet\): 1/,
    );
    assert.match(
      result.stdout,
      /2025-12-01T00:31:00\.000Z +1764549060000 +1\.60\.2 +0\.13\.0 +queued +5 +groupNumber/,
    );
    assert.match(
      result.stdout,
      /2025-11-30T00:31:00\.000Z +\d+ +1\.60\.2 +0\.13\.0 +last sent +5 +-/,
    );
    assert.match(result.stdout, /Saved inspector runs in .*: none/);
  });

  test('history --json parses and leaves the payloads out', async () => {
    const result = await runCli(['history', '--db', url, '--runs-dir', runs, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const output = JSON.parse(result.stdout);
    assert.deepEqual(
      output.usageStats.rows.map((row: { sent: boolean }) => row.sent),
      [false, true],
    );
    assert.equal('payload' in output.usageStats.rows[0], false);
    assert.match(output.usageStats.rows[0].payloadSha256, /^[0-9a-f]{64}$/);
  });

  test('diff last-sent queued shows what the next send adds, and says what queued is', async () => {
    const result = await runCli([
      'diff',
      'last-sent',
      'queued',
      '--db',
      url,
      '--fail-on',
      'changed',
    ]);
    assert.equal(result.code, 1, result.stderr);
    assert.match(
      result.stdout,
      /old: last sent: usage_stats row collected 2025-11-30T00:31:00\.000Z/,
    );
    assert.match(result.stdout, /note: queued means the newest of 1 unsent usage_stats row/);
    assert.match(result.stdout, /~ tenantNumber {2}3 -> 4/);
    assert.match(result.stdout, /failed now: groupNumber/);
  });

  test('row:INSTANT names one row', async () => {
    const result = await runCli(['diff', `row:${SENT_AT}`, 'last-sent', '--db', url, '--json']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).identical, true);
  });
});

describe('history on a FusionAuth database from before usage_stats', { skip }, () => {
  const name = uniqueName('ui_history_cli_old');
  let url = '';

  before(async () => {
    url = await createDatabase(name);
    await runSqlText(name, `${MINIMAL_FUSIONAUTH_DDL}\nUPDATE version SET version = '1.51.0';`);
  });
  after(async () => dropDatabase(name));

  test('history explains and exits 0', async () => {
    const result = await runCli(['history', '--db', url, '--runs-dir', join(tmpdir(), 'none')]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /FusionAuth 1\.51\.0 keeps no usage_stats table/);
  });

  test('diff last-sent exits 2 with the same explanation', async () => {
    const result = await runCli(['diff', 'last-sent', 'queued', '--db', url]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /keeps no usage_stats table/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});
