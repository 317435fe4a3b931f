/**
 * `usage-inspector diff` as a pipeline runs it: exit 1 only when a --fail-on kind occurs,
 * machine-readable --json, and bad files ending with exit 2 and one clear line.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import { saveRun } from '../../electron/runs/save-run.ts';
import type { CollectionReport } from '../../shared/collection/types.ts';
import { samplePayload, withoutStat, withStats } from '../support/payload-samples.ts';
import { type CliResult, runCli } from '../support/run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'usage-inspector-diff-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | object): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));

  return path;
}

const oldFile = file('old.json', samplePayload());
const newFile = file('new.json', withStats({ applicationNumber: 15, tenantTotalNumber: 3 }));
const fewerFile = file('fewer.json', withoutStat('tenantNumber'));

function assertCleanFailure(result: CliResult, message: RegExp): void {
  assert.equal(result.code, 2, `exit code; stderr: ${result.stderr}`);
  assert.match(result.stderr, message);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
}

describe('--fail-on decides the exit code', () => {
  test('an added stat with --fail-on added exits 1, and says why', async () => {
    const result = await runCli(['diff', oldFile, newFile, '--fail-on', 'added']);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /Added \(1\)\n {2}\+ tenantTotalNumber = 3/);
    assert.match(result.stdout, /~ applicationNumber {2}12 -> 15 {2}\+3 \(\+25 %\)/);
    assert.match(result.stderr, /--fail-on added: 1 stat\(s\) added/);
  });

  test('the same files with --fail-on removed exit 0', async () => {
    const result = await runCli(['diff', oldFile, newFile, '--fail-on', 'removed']);
    assert.equal(result.code, 0, result.stderr);
  });

  test('a removed stat trips --fail-on added,removed', async () => {
    const result = await runCli(['diff', oldFile, fewerFile, '--fail-on', 'added,removed']);
    assert.equal(result.code, 1, result.stderr);
  });

  test('a file against itself exits 0 with every kind watched', async () => {
    const result = await runCli(['diff', oldFile, oldFile, '--fail-on', 'added,removed,changed']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /identical \(same canonical SHA-256\)/);
  });

  test('without --fail-on, differences still exit 0', async () => {
    assert.equal((await runCli(['diff', oldFile, newFile])).code, 0);
  });

  test('an unknown --fail-on kind is a usage error', async () => {
    assertCleanFailure(
      await runCli(['diff', oldFile, newFile, '--fail-on', 'added,renamed']),
      /--fail-on takes added, removed, changed/,
    );
  });
});

test('--json prints the whole diff as JSON', async () => {
  const result = await runCli(['diff', oldFile, newFile, '--json', '--fail-on', 'changed']);
  assert.equal(result.code, 1);
  const output = JSON.parse(result.stdout);
  assert.deepEqual(output.diff.counts, { added: 1, removed: 0, changed: 1, unchanged: 4 });
  assert.deepEqual(output.failOn, ['changed']);
  assert.equal(output.failed, true);
  assert.match(output.old.sha256, /^[0-9a-f]{64}$/);
  assert.equal(output.old.source.kind, 'file');
});

describe('bad input exits 2 with one clear line', () => {
  test('malformed JSON names the line and column', async () => {
    const broken = file('broken.json', '{\n  "stats": {\n    "tenantNumber": 5x\n  }\n}');
    const result = await runCli(['diff', broken, oldFile]);
    assertCleanFailure(
      result,
      /broken\.json is not valid JSON: line 3, column 22 \(in stats\.tenantNumber\)/,
    );
  });

  test('a wrong value type names the JSON path', async () => {
    const wrong = file('wrong.json', withStats({ tenantNumber: 'three' }));
    assertCleanFailure(
      await runCli(['diff', oldFile, wrong]),
      /stats\.tenantNumber is a string, a number was expected/,
    );
  });

  test('a binary file', async () => {
    const binary = join(folder, 'binary.json');
    writeFileSync(binary, Buffer.from([0x7b, 0x00, 0xff, 0x7d]));
    assertCleanFailure(await runCli(['diff', binary, oldFile]), /NUL byte at byte offset 1/);
  });

  test('a 100 MB file is refused by its size, before it is read', async () => {
    const huge = join(folder, 'huge.json');
    // Sparse: a size without the disk space.
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024);
    assertCleanFailure(
      await runCli(['diff', huge, oldFile]),
      /huge\.json is 100\.0 MB; payload files over 50\.0 MB are refused/,
    );
  });

  test(
    'a device that never ends is refused, not read',
    { skip: !existsSync('/dev/zero') },
    async () => {
      assertCleanFailure(await runCli(['diff', '/dev/zero', oldFile]), /is not a regular file/);
    },
  );

  test('a file that does not exist', async () => {
    assertCleanFailure(
      await runCli(['diff', join(folder, 'nope.json'), oldFile]),
      /does not exist/,
    );
  });

  test('a folder', async () => {
    assertCleanFailure(await runCli(['diff', folder, oldFile]), /is a folder/);
  });

  test('last-sent without a database', async () => {
    assertCleanFailure(await runCli(['diff', 'last-sent', oldFile]), /say which database/);
  });

  test('one argument instead of two', async () => {
    assertCleanFailure(await runCli(['diff', oldFile]), /give exactly two payloads/);
  });
});

test('terminal control characters from a file are printed escaped', async () => {
  const hostile = file('hostile.json', withStats({ 'evil\u001b[2Jkey': 1 }));
  const result = await runCli(['diff', oldFile, hostile]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout.includes('\u001b'), false);
  assert.match(result.stdout, /evil\\u001b\[2Jkey = 1 {2}\[unknown to the catalog\]/);
});

test('run:ID compares with a run saved earlier', async () => {
  const runs = join(folder, 'runs');
  const report = {
    payload: samplePayload(),
    inspectorVersion: '0.1.0',
    collectedAll: false,
    database: { location: 'db:5432/fa', fusionAuthVersion: '1.60.2' },
  };
  const { id } = await saveRun(report as unknown as CollectionReport, runs);
  const result = await runCli(['diff', `run:${id}`, newFile, '--runs-dir', runs, '--json']);
  assert.equal(result.code, 0, result.stderr);
  const output = JSON.parse(result.stdout);
  assert.match(output.old.label, new RegExp(`^run ${id} `));
  assert.equal(output.diff.counts.changed, 1);

  const missing = await runCli(['diff', 'run:20250101-000000-000000', newFile, '--runs-dir', runs]);
  assertCleanFailure(missing, /no saved run 20250101-000000-000000/);
});

test('stats only the running FusionAuth knows never trip --fail-on removed', async () => {
  // The demo's sent row carries the JVM values; a run computed here cannot know them.
  const result = await runCli([
    'diff',
    'last-sent',
    'current',
    '--demo',
    '--json',
    '--fail-on',
    'removed',
  ]);
  const output = JSON.parse(result.stdout) as { unknownOffline: string[]; failed: boolean };

  assert.deepEqual(output.unknownOffline, ['instanceFusionauthAppMemory', 'instanceJavaVersion']);
  assert.equal(output.failed, false);
  assert.equal(result.code, 0, result.stderr);
});
