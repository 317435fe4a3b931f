/**
 * Small helpers the collector tests share: collect a URL and look results up by key.
 */
import type { CollectionReport, StatResult } from '../../shared/collection/types.ts';
import { collect, type CollectOptions } from '../../electron/collector/collect.ts';

/** The runtime values a test supplies so that every stat can be computed offline. */
export const RUNTIME_VALUES = [
  'instanceFusionauthAppMemory=536870912',
  'instanceJavaVersion=21.0.5+11',
  'instanceCompanyPlan=Essentials',
  'instanceLicenseType=Production',
  'instanceElasticsearchVersion=7.17.0',
];

export async function collectUrl(url: string, options: CollectOptions): Promise<CollectionReport> {
  return collect({ kind: 'url', url }, options);
}

export function resultOf(report: CollectionReport, key: string): StatResult {
  const result = report.results.find((candidate) => candidate.key === key);
  if (result === undefined) {
    throw new Error(`no result for ${key}`);
  }

  return result;
}

/** YYYY-MM-DD of an epoch day. */
export function dateOfEpochDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
