/**
 * `usage-inspector collect` as a user runs it: the demo table, --out and --report files, and
 * files the user already had are never replaced without --force.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { runCli } from '../support/run-cli.ts';

const directory = mkdtempSync(join(tmpdir(), 'usage-inspector-cli-'));

describe('collect --demo', () => {
  test('prints a table of every stat and a summary', async () => {
    const result = await runCli(['collect', '--demo']);

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^key\s+value\s+ms\s+status/m);
    assert.match(result.stdout, /^tenantNumber\s+4\s+\d+\s+ok$/m);
    assert.match(result.stdout, /FusionAuth 1\.69\.2 at embedded demo database/);
    assert.match(result.stdout, /\d+ ok, 0 failed, 0 not applicable, \d+ unknown offline/);
  });

  test('--out writes the payload as FusionAuth sends it; --report writes everything', async () => {
    const out = join(directory, 'payload.json');
    const report = join(directory, 'report.json');
    const result = await runCli(['collect', '--demo', '--all', '--out', out, '--report', report]);

    assert.equal(result.code, 0, result.stderr);
    const payloadText = readFileSync(out, 'utf8');
    const payload = JSON.parse(payloadText);
    assert.equal(payloadText, `${JSON.stringify(payload, null, 2)}\n`, '2-space JSON');
    assert.equal(payload.statsVersion, '0.13.0');
    assert.ok(Object.keys(payload.stats).length > 200);

    const everything = JSON.parse(readFileSync(report, 'utf8'));
    assert.deepEqual(everything.payload, payload);
    assert.equal(everything.results.length, 244);
    assert.equal(everything.database.fusionAuthVersion, '1.69.2');
    assert.equal(typeof everything.database.statList.fresh, 'boolean');
    assert.equal(everything.basicMetrics['metric.version'], '1');
  });

  test('an existing file is left untouched unless --force is given', async () => {
    const out = join(directory, 'keep-me.json');
    writeFileSync(out, 'my notes');

    const refused = await runCli(['collect', '--demo', '--out', out]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /already exists; it was left untouched/);
    assert.equal(readFileSync(out, 'utf8'), 'my notes');

    const forced = await runCli(['collect', '--demo', '--out', out, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).statsVersion, '0.13.0');
  });

  test('configuration files and --set feed the instance stats', async () => {
    const properties = join(directory, 'fusionauth.properties');
    writeFileSync(properties, 'search.type=database\ndatabase.maximum-pool-size= 15\n');
    const report = join(directory, 'configured.json');

    const result = await runCli([
      'collect',
      '--demo',
      '--all',
      '--config',
      properties,
      '--set',
      'instanceJavaVersion=21.0.5+11',
      '--report',
      report,
    ]);

    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stderr,
      /fusionauth\.properties:2: the value of database\.maximum-pool-size starts with a space/,
    );
    const results = JSON.parse(readFileSync(report, 'utf8')).results as {
      key: string;
      value: unknown;
      valueSource?: string;
      status: string;
    }[];
    const byKey = new Map(results.map((entry) => [entry.key, entry]));
    assert.equal(byKey.get('instanceSearchType')?.value, 'database');
    assert.equal(byKey.get('instanceDatabaseMaximumPoolSize')?.value, 15);
    assert.equal(byKey.get('instanceJavaVersion')?.value, '21.0.5+11');
    assert.equal(byKey.get('instanceJavaVersion')?.valueSource, '--set');
    // With search in the database, the Elasticsearch version is left out but timed.
    assert.equal(byKey.get('instanceElasticsearchVersion')?.status, 'ok');
    assert.equal(byKey.get('instanceElasticsearchVersion')?.value, null);
  });
});
