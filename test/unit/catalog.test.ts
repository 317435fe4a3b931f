import assert from 'node:assert/strict';
import { test } from 'node:test';

import { catalog, findMetric } from '../../shared/catalog/index.ts';
import { METRIC_CATEGORIES, type SqlMetric } from '../../shared/catalog/types.ts';

const sqlMetrics = catalog.filter((metric): metric is SqlMetric => metric.origin === 'database');

test('the catalog knows the 244 stats of the 1.69.2 collector, once each', () => {
  assert.equal(catalog.length, 244);
  assert.equal(new Set(catalog.map((metric) => metric.key)).size, 244);
  assert.equal(sqlMetrics.length, 223);
  assert.equal(catalog.filter((metric) => metric.key.startsWith('webhook')).length, 80);
});

test('64 stats use the full active-and-logged-in filter, and they all spell it out', () => {
  const filtered = sqlMetrics.filter((metric) => metric.activityFilter === 'active-and-logged-in');

  assert.equal(filtered.length, 64);
  for (const metric of filtered) {
    const sql = metric.variants[0].sql;
    assert.match(sql, /\.active = TRUE/, metric.key);
    assert.match(sql, /application_daily_active_users WHERE day > \$1/, metric.key);
  }
});

test('every entry has a category, a definition and a version', () => {
  for (const metric of catalog) {
    assert.ok(METRIC_CATEGORIES.includes(metric.category), `${metric.key}: ${metric.category}`);
    assert.ok(metric.definition.length >= 40, `${metric.key} needs a real definition`);
    assert.match(metric.sinceVersion, /^1\.\d+\.\d+$/, metric.key);
  }
});

test('each SQL variant declares the tables and columns it reads', () => {
  for (const metric of sqlMetrics) {
    for (const variant of metric.variants) {
      const sql = variant.sql;
      assert.equal(variant.usesCutoff, sql.includes('$1'), `${metric.key}: usesCutoff`);
      assert.doesNotMatch(sql, /\$[2-9]/, `${metric.key} uses only $1`);

      const declared = new Map(variant.sources.map((source) => [source.table, source.columns]));
      const aliases = new Map<string, string>();
      for (const match of sql.matchAll(/\b(?:FROM|JOIN)\s+"?(\w+)"?(?:\s+(?:AS\s+)?(\w+))?/gi)) {
        const table = match[1]!;
        assert.ok(declared.has(table), `${metric.key} reads ${table} but does not declare it`);
        const alias = match[2];
        if (alias !== undefined && !/^(WHERE|JOIN|ON|GROUP|ORDER|LIMIT|INNER|LEFT)$/i.test(alias)) {
          aliases.set(alias, table);
        }
        aliases.set(table, table);
      }

      for (const match of sql.matchAll(/\b(\w+)\.(\w+)\b/g)) {
        const table = aliases.get(match[1]!);
        if (table === undefined) {
          continue;
        }
        assert.ok(
          declared.get(table)?.includes(match[2]!),
          `${metric.key} reads ${table}.${match[2]} but does not declare it`,
        );
      }
    }
  }
});

test('a stat whose schema changed keeps a variant for the older schema', () => {
  const providers = findMetric('applicationEnabledIdentityProviders') as SqlMetric;
  const tenantProviders = findMetric('applicationEnabledTenantIdentityProviders') as SqlMetric;

  assert.equal(providers.variants.length, 2);
  assert.match(providers.variants[0].sql, /tenants_id IS NULL/);
  assert.doesNotMatch(providers.variants[1]!.sql, /tenants_id/);
  assert.equal(tenantProviders.variants.length, 1);
});
