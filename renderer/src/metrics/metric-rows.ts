/**
 * The rows of the metrics table: each stat's result joined with its catalog entry.
 */
import { findMetric } from '../../../shared/catalog/index.ts';
import type { MetricDefinition } from '../../../shared/catalog/types.ts';
import type { CollectionReport, StatResult } from '../../../shared/collection/types.ts';
import { valueSummary } from '../format/value-text.ts';

export interface MetricRow {
  key: string;
  /** "other" for a key the catalog does not know (it should know all of them). */
  category: string;
  valueText: string;
  result: StatResult;
  metric: MetricDefinition | undefined;
}

export function buildRows(report: CollectionReport): MetricRow[] {
  return report.results.map((result) => {
    const metric = findMetric(result.key);

    return {
      key: result.key,
      category: metric?.category ?? 'other',
      valueText: valueSummary(result),
      result,
      metric,
    };
  });
}
