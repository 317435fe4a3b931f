import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { loadConfigSources } from '../../electron/collector/config/config-sources.ts';
import { resolveConfigMetric } from '../../electron/collector/config/config-value.ts';
import { parseEnvText } from '../../electron/collector/config/env-file.ts';
import { parsePropertiesText } from '../../electron/collector/config/properties-file.ts';
import { findMetric } from '../../shared/catalog/index.ts';
import type { ConfigMetric } from '../../shared/catalog/types.ts';
import { InspectorError } from '../../shared/errors.ts';

const directory = mkdtempSync(join(tmpdir(), 'usage-inspector-config-'));

function file(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);

  return path;
}

function metric(key: string): ConfigMetric {
  return findMetric(key) as ConfigMetric;
}

test('properties: separators, comments, continuations and escapes as Java reads them', () => {
  const parsed = parsePropertiesText(
    [
      '# comment',
      '! also a comment',
      'a=1',
      'b: two',
      'c three',
      'long=first,\\',
      '    second',
      'unicode=caf\\u00e9',
    ].join('\n'),
    'fusionauth.properties',
  );

  assert.deepEqual(
    parsed.entries.map((entry) => [entry.key, entry.value, entry.origin]),
    [
      ['a', '1', 'fusionauth.properties:3'],
      ['b', 'two', 'fusionauth.properties:4'],
      ['c', 'three', 'fusionauth.properties:5'],
      ['long', 'first,second', 'fusionauth.properties:6'],
      ['unicode', 'café', 'fusionauth.properties:8'],
    ],
  );
  assert.equal(parsed.warnings.length, 1, 'b: two has a space after the separator');
});

test('properties: a malformed line is an error naming file and line', () => {
  assert.throws(
    () => parsePropertiesText('a=1\njust-a-word\n', 'fusionauth.properties'),
    (error: unknown) =>
      error instanceof InspectorError &&
      error.code === 'config-invalid' &&
      /fusionauth\.properties:2/.test(error.message),
  );
  assert.throws(() => parsePropertiesText('=value', 'f.properties'), /no property name/);
});

test('properties: a stray leading space is reported, not silently dropped', () => {
  const parsed = parsePropertiesText('database.maximum-pool-size= 30\n', 'fusionauth.properties');

  assert.equal(parsed.entries[0]?.value, '30');
  assert.match(parsed.warnings[0] ?? '', /fusionauth\.properties:1.*starts with a space/);
});

test('env files: a leading space is kept and reported; a bad line is an error', () => {
  const parsed = parseEnvText('export SEARCH_TYPE=database\nDATABASE_MINIMUM_IDLE= 5\n', '.env');

  assert.deepEqual(
    parsed.entries.map((entry) => [entry.key, entry.value]),
    [
      ['SEARCH_TYPE', 'database'],
      ['DATABASE_MINIMUM_IDLE', ' 5'],
    ],
  );
  assert.match(parsed.warnings[0] ?? '', /\.env:2.*starts with a space/);
  assert.throws(() => parseEnvText('NOT A LINE\n', '.env'), /\.env:1/);
});

test('lookup order: exact env name, then upper-cased env name, then the properties file', () => {
  const properties = file(
    'fusionauth.properties',
    'database.maximum-pool-size=11\ndatabase.idle-timeout=1000\nsearch.type=database\n',
  );
  const environment = file('app.env', 'DATABASE_MAXIMUM_POOL_SIZE=22\n');
  const exact = file('exact.env', 'database.maximum-pool-size=33\n');

  const both = loadConfigSources([properties, environment]);
  const pool = resolveConfigMetric(metric('instanceDatabaseMaximumPoolSize'), both);
  assert.deepEqual(pool, {
    ok: true,
    value: 22,
    source: 'environment DATABASE_MAXIMUM_POOL_SIZE (app.env:1)',
  });

  const all = loadConfigSources([properties, environment, exact]);
  assert.equal(resolveConfigMetric(metric('instanceDatabaseMaximumPoolSize'), all).ok, true);
  assert.deepEqual(
    (resolveConfigMetric(metric('instanceDatabaseMaximumPoolSize'), all) as { value: number })
      .value,
    33,
  );
  assert.deepEqual(
    (resolveConfigMetric(metric('instanceDatabaseIdleTimeout'), all) as { value: number }).value,
    1000,
  );
  assert.deepEqual(
    (resolveConfigMetric(metric('instanceSearchType'), all) as { value: string }).value,
    'database',
  );
});

test('defaults, deprecated names, list counts and presence', () => {
  const none = loadConfigSources([]);
  const value = (key: string, sources = none): unknown =>
    (resolveConfigMetric(metric(key), sources) as { value: unknown }).value;

  assert.equal(value('instanceDatabaseConnectionTimeout'), 2000);
  assert.equal(value('instanceSearchType'), 'elasticsearch');
  assert.equal(value('instanceFusionauthSearchHostsCount'), 1);
  assert.equal(value('instanceProxyEnabled'), false);
  assert.equal(value('installationType'), 'standard');

  const configured = loadConfigSources([
    file(
      'other.properties',
      'fusionauth.search.engine=database\nsearch.servers=http://a:9200,http://b:9200\n' +
        'proxy.host=proxy.internal\n',
    ),
  ]);
  assert.equal(value('instanceSearchType', configured), 'database');
  assert.equal(value('instanceFusionauthSearchHostsCount', configured), 2);
  assert.equal(value('instanceProxyEnabled', configured), true);
});

test('a number FusionAuth could not read fails that stat with the reason', () => {
  const sources = loadConfigSources([file('bad.env', 'DATABASE_MINIMUM_IDLE= 5\n')]);
  const outcome = resolveConfigMetric(metric('instanceDatabaseMinimumIdle'), sources);

  assert.equal(outcome.ok, false);
  assert.match((outcome as { reason: string }).reason, /" 5".*not a whole number/);
});

test('a missing configuration file is a file error', () => {
  assert.throws(
    () => loadConfigSources([join(directory, 'absent.properties')]),
    (error: unknown) => error instanceof InspectorError && error.code === 'file',
  );
});
