/**
 * One row per stat for the report: every stat the collector looked at, every key of the
 * payload, and every key with only a timing, each with its catalog definition and query.
 * Grouped by category in the catalog's order, then by key; unknown keys come last.
 */
import { findMetric } from '../catalog/index.ts';
import { METRIC_CATEGORIES, type MetricDefinition, type SourceTable } from '../catalog/types.ts';
import type { CollectionReport, StatResult } from '../collection/types.ts';
import type { UsagePayload } from '../payload/types.ts';
import { classOfMetric } from '../privacy/kind-fit.ts';
import type { PrivacyCheck, ValueClass } from '../privacy/types.ts';
import type { MetricRow } from './types.ts';

export function metricRows(
  payload: UsagePayload,
  collection: CollectionReport | null,
  privacy: PrivacyCheck,
): MetricRow[] {
  const stats = payload.stats as Record<string, unknown>;
  const timings = payload.timings as Record<string, unknown>;
  const results = new Map((collection?.results ?? []).map((result) => [result.key, result]));
  const keys = new Set([...results.keys(), ...Object.keys(stats), ...Object.keys(timings)]);

  const attention = new Map<string, number>();
  for (const finding of privacy.findings) {
    if (finding.severity === 'attention' && finding.statKey !== null) {
      attention.set(finding.statKey, (attention.get(finding.statKey) ?? 0) + 1);
    }
  }
  const observed = new Map(
    privacy.classifications
      .filter((entry) => entry.statKey !== null && entry.path.startsWith('stats'))
      .map((entry) => [entry.statKey as string, entry.valueClass]),
  );

  const rows = [...keys].map((key) => {
    const inPayload = Object.hasOwn(stats, key);
    const context: RowContext = {
      inPayload,
      value: inPayload ? stats[key] : (results.get(key)?.value ?? null),
      timing: typeof timings[key] === 'number' ? (timings[key] as number) : null,
      result: results.get(key) ?? null,
      attention: attention.get(key) ?? 0,
      observedClass: observed.get(key) ?? 'unknown',
    };

    return buildRow(key, findMetric(key), context);
  });

  return rows.sort(compareRows);
}

interface RowContext {
  inPayload: boolean;
  value: unknown;
  timing: number | null;
  result: StatResult | null;
  attention: number;
  observedClass: ValueClass;
}

function buildRow(key: string, metric: MetricDefinition | undefined, row: RowContext): MetricRow {
  const variant =
    metric?.origin === 'database' ? metric.variants[row.result?.sqlVariant ?? 0] : undefined;

  return {
    key,
    anchor: metricAnchor(key),
    known: metric !== undefined,
    category: metric?.category ?? null,
    definition: metric?.definition ?? null,
    valueKind: metric?.valueKind ?? null,
    valueClass: metric === undefined ? row.observedClass : classOfMetric(metric),
    origin: metric?.origin ?? null,
    inPayload: row.inPayload,
    value: row.value ?? null,
    status: row.result?.status ?? null,
    statusReason: row.result?.reason ?? null,
    requested: row.result?.requested ?? null,
    ms: row.timing ?? row.result?.ms ?? null,
    sql: variant?.sql ?? null,
    sqlNote: variant?.note ?? null,
    sources: (variant?.sources ?? []).map(describeSource),
    configProperties: metric?.origin === 'configuration' ? metric.properties : [],
    offlineReason:
      metric?.origin === 'runtime' || metric?.origin === 'license' ? metric.offlineReason : null,
    valueSource: row.result?.valueSource ?? null,
    attentionFindings: row.attention,
  };
}

function describeSource(source: SourceTable): string {
  return source.columns.length === 0
    ? source.table
    : `${source.table}(${source.columns.join(', ')})`;
}

/** `metric-tenantNumber`; characters an id should not hold become `_XX` (their hex code). */
export function metricAnchor(key: string): string {
  const safe = key.replace(/[^A-Za-z0-9-]/g, (character) => {
    const code = character.codePointAt(0) ?? 0;

    return `_${code.toString(16)}_`;
  });

  return `metric-${safe}`;
}

function categoryRank(row: MetricRow): number {
  const index = METRIC_CATEGORIES.indexOf(row.category as (typeof METRIC_CATEGORIES)[number]);

  return index === -1 ? METRIC_CATEGORIES.length : index;
}

function compareRows(left: MetricRow, right: MetricRow): number {
  const byCategory = categoryRank(left) - categoryRank(right);
  if (byCategory !== 0) {
    return byCategory;
  }

  return left.key < right.key ? -1 : left.key > right.key ? 1 : 0;
}
